"""Measuring routing from a sentence: covered top-1 accuracy and unroutable detection on a labelled set."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.routing.create import design_agent
from genesis_mcp.routing.decision import TaskQuery
from genesis_mcp.routing.index import AgentIndex
from genesis_mcp.routing.router import DEFAULT_THRESHOLDS, Thresholds, route

__all__ = ["EvalCase", "EvalResult", "evaluate_routing", "read_agents", "read_cases", "read_teams"]


class EvalCase(BaseModel):
    description: str
    expected: str | None = Field(default=None, description="The right agent; None when no agent covers it.")
    kind: str | None = Field(default=None, description="For uncovered work: its kind, e.g. 'legal'.")


class EvalResult(BaseModel):
    covered: int
    uncovered: int
    top1_accuracy: float = Field(description="Covered tasks routed to the expected agent.")
    uncovered_created: float = Field(
        description="Uncovered tasks found unroutable (an agent would be made); cumulative: or sent to an agent "
        "created earlier for the same kind of work."
    )
    covered_created: float = Field(description="Covered tasks wrongly found unroutable.")
    mistakes: list[str] = Field(default_factory=list)


def evaluate_routing(
    agents: Sequence[AgentSpec],
    cases: Sequence[EvalCase],
    *,
    cumulative: bool = False,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> EvalResult:
    """Route each case's description alone (no type, no capabilities), as a client sending a sentence.

    With ``cumulative``, an agent designed for each unroutable task joins the team before the next case
    (as the server does); otherwise every case meets the original team.
    """
    index = AgentIndex(agents)
    created_kinds: dict[str, str] = {}  # created agent -> kind of the task it was made for
    right = wrongly_created = created = 0
    mistakes: list[str] = []
    for case in cases:
        decision = route(TaskQuery(description=case.description), index, thresholds=thresholds)
        if case.expected is None:
            same_kind = decision.agent in created_kinds and created_kinds[decision.agent] == case.kind
            created += decision.unroutable or same_kind
            if not (decision.unroutable or same_kind):
                mistakes.append(f"uncovered but routed to {decision.agent}: {case.description}")
        elif decision.agent == case.expected:
            right += 1
        else:
            wrongly_created += decision.unroutable
            got = "unroutable" if decision.unroutable else decision.agent
            mistakes.append(f"expected {case.expected}, got {got}: {case.description}")
        if cumulative and decision.unroutable:
            names = [a.name for a in index.agents]
            design = design_agent(case.description, None, names, uncovered=decision.uncovered_concepts)
            index = index.with_agent(design.spec)
            created_kinds[design.spec.name] = case.kind or design.kind
    n_cov = sum(1 for c in cases if c.expected is not None)
    n_unc = len(cases) - n_cov
    return EvalResult(
        covered=n_cov,
        uncovered=n_unc,
        top1_accuracy=right / n_cov if n_cov else 0.0,
        uncovered_created=created / n_unc if n_unc else 0.0,
        covered_created=wrongly_created / n_cov if n_cov else 0.0,
        mistakes=mistakes,
    )


# The evaluation-set format: a team file is a JSON list of agents; a task file is
# {"covered": [case...], "uncovered": [case...]}; teams.json maps a team to its agents, tuning and held-out files.


def read_cases(path: Path) -> list[EvalCase]:
    data = json.loads(path.read_text())
    return [EvalCase(**c) for c in data["covered"]] + [EvalCase(**c) for c in data["uncovered"]]


def read_agents(path: Path) -> list[AgentSpec]:
    return [AgentSpec(**a) for a in json.loads(path.read_text())]


def read_teams(directory: Path) -> dict[str, tuple[str, str, str]]:
    """Team -> (agents file, tuning file, held-out file), from ``directory/teams.json``."""
    manifest = json.loads((directory / "teams.json").read_text())
    return {name: (t["agents"], t["tuning"], t["heldout"]) for name, t in manifest.items()}
