"""Routing from a sentence, without an LLM: covered top-1 accuracy, the share of uncovered tasks that get
a new agent, and the share of covered tasks that wrongly get one.

Goals (issue 6): >= 70%, >= 80%, <= 15%. The sets live in tests/orchestration/routing_eval/, one team each:

* A (``agents.json``): a 15-agent software/data team; ``tasks.json`` (105 + 20, tuned on) and
  ``heldout.json`` (30 + 10, written after tuning);
* B (``team_b.json``): a marketing agency; C (``team_c.json``): e-commerce operations; D (``team_d.json``):
  a fintech. Each has ``tasks_X.json`` (tuning half) and ``heldout_X.json`` (held-out half), both written
  before the router was changed for them.

"stateless": every task meets the original team; "cumulative": an agent designed for each unroutable task
joins the team, as the server does, and an uncovered task sent to an agent created earlier for the same
kind of work counts as served.

Run: ``.venv/bin/python benchmarks/eval_routing.py [-v] [--heldout]``: -v lists the stateless mistakes,
--heldout adds the held-out splits (leave it off while tuning).
"""

from __future__ import annotations

import sys
from pathlib import Path

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.routing import evaluate_routing
from genesis_mcp.routing.evaluate import EvalCase, read_agents, read_cases, read_teams

EVAL = Path(__file__).resolve().parent.parent / "tests" / "orchestration" / "routing_eval"
TEAMS = read_teams(EVAL)  # team -> (agents file, tuning file, held-out file)


def load(name: str) -> list[EvalCase]:
    return read_cases(EVAL / name)


def team(name: str) -> list[AgentSpec]:
    return read_agents(EVAL / name)


def main() -> None:
    verbose, heldout = "-v" in sys.argv, "--heldout" in sys.argv
    print(f"{'team/split':<16}{'mode':<12}{'covered':>8}{'uncov.':>8}{'top-1':>9}{'new agent':>11}{'wrong new':>11}")
    totals: dict[str, list[float]] = {}
    for label, (agents_file, tune_file, held_file) in TEAMS.items():
        agents = team(agents_file)
        splits = [("tuning", [tune_file])]
        if heldout:
            splits += [("held-out", [held_file]), ("both", [tune_file, held_file])]
        for split, files in splits:
            cases = [c for f in files for c in load(f)]
            for cumulative in (False, True):
                r = evaluate_routing(agents, cases, cumulative=cumulative)
                mode = "cumulative" if cumulative else "stateless"
                print(
                    f"{label + ' ' + split:<16}{mode:<12}{r.covered:>8}{r.uncovered:>8}{r.top1_accuracy:>9.1%}"
                    f"{r.uncovered_created:>11.1%}{r.covered_created:>11.1%}"
                )
                if not cumulative:
                    row = totals.setdefault(split, [0, 0, 0, 0, 0])
                    row[0] += r.covered
                    row[1] += r.uncovered
                    row[2] += r.top1_accuracy * r.covered
                    row[3] += r.uncovered_created * r.uncovered
                    row[4] += r.covered_created * r.covered
                if verbose and not cumulative:
                    for m in r.mistakes:
                        print(f"    {m}")
    for split, (cov, unc, right, made, wrong) in totals.items():
        print(
            f"{'all ' + split:<16}{'stateless':<12}{int(cov):>8}{int(unc):>8}{right / cov:>9.1%}"
            f"{made / unc:>11.1%}{wrong / cov:>11.1%}"
        )
    print("goals: top-1 >= 70%, new agent for uncovered >= 80%, wrongly new for covered <= 15%")


if __name__ == "__main__":
    main()
