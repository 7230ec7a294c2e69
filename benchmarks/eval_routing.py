"""Routing from a sentence, without an LLM: covered top-1 accuracy, the share of uncovered tasks that get
a new agent, and the share of covered tasks that wrongly get one.

Goals (issue 6): >= 70%, >= 80%, <= 15%. The set lives in tests/orchestration/routing_eval/: a 15-agent
team, ``tasks.json`` (105 covered + 20 uncovered; the router was tuned on it) and ``heldout.json``
(30 + 10, written after tuning and never tuned on). "stateless": every task meets the original team;
"cumulative": an agent designed for each unroutable task joins the team, as the server does, and an
uncovered task sent to an agent created earlier for the same kind of work counts as served.

Run: ``.venv/bin/python benchmarks/eval_routing.py [-v]`` (-v lists the mistakes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.routing import evaluate_routing
from genesis_mcp.routing.evaluate import EvalCase

EVAL = Path(__file__).resolve().parent.parent / "tests" / "orchestration" / "routing_eval"


def load(name: str) -> list[EvalCase]:
    data = json.loads((EVAL / name).read_text())
    return [EvalCase(**c) for c in data["covered"]] + [EvalCase(**c) for c in data["uncovered"]]


def main() -> None:
    team = [AgentSpec(**a) for a in json.loads((EVAL / "agents.json").read_text())]
    verbose = "-v" in sys.argv
    print(f"{'set':<22}{'mode':<12}{'covered':>8}{'uncov.':>8}{'top-1':>9}{'new agent':>11}{'wrong new':>11}")
    for label, files in (
        ("tuning", ["tasks.json"]),
        ("held-out", ["heldout.json"]),
        ("all", ["tasks.json", "heldout.json"]),
    ):
        cases = [c for f in files for c in load(f)]
        for cumulative in (False, True):
            r = evaluate_routing(team, cases, cumulative=cumulative)
            mode = "cumulative" if cumulative else "stateless"
            print(
                f"{label:<22}{mode:<12}{r.covered:>8}{r.uncovered:>8}{r.top1_accuracy:>9.1%}"
                f"{r.uncovered_created:>11.1%}{r.covered_created:>11.1%}"
            )
            if verbose and not cumulative:
                for m in r.mistakes:
                    print(f"    {m}")
    print("goals: top-1 >= 70%, new agent for uncovered >= 80%, wrongly new for covered <= 15%")


if __name__ == "__main__":
    main()
