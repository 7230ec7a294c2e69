"""Routing from a sentence, measured on the evaluation set (no LLM): the issue's goals are asserted here.

Goals: covered top-1 accuracy >= 70%, uncovered tasks that get a new agent >= 80%, covered tasks that
wrongly get one <= 15%. ``benchmarks/eval_routing.py`` prints the same figures and the held-out split.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.routing import evaluate_routing
from genesis_mcp.routing.evaluate import EvalCase

EVAL = Path(__file__).parent / "routing_eval"


def load(name: str) -> list[EvalCase]:
    data = json.loads((EVAL / name).read_text())
    return [EvalCase(**c) for c in data["covered"]] + [EvalCase(**c) for c in data["uncovered"]]


@pytest.fixture(scope="module")
def team() -> list[AgentSpec]:
    return [AgentSpec(**a) for a in json.loads((EVAL / "agents.json").read_text())]


def test_the_evaluation_set_is_big_enough(team: list[AgentSpec]) -> None:
    cases = load("tasks.json")
    assert len(team) >= 12
    assert sum(c.expected is not None for c in cases) >= 100 and sum(c.expected is None for c in cases) >= 10
    assert {c.expected for c in cases if c.expected} <= {a.name for a in team}


@pytest.mark.parametrize("files", [["tasks.json"], ["tasks.json", "heldout.json"]])
@pytest.mark.parametrize("cumulative", [False, True])
def test_routing_from_a_sentence_meets_the_goals(team: list[AgentSpec], files: list[str], cumulative: bool) -> None:
    cases = [c for f in files for c in load(f)]
    result = evaluate_routing(team, cases, cumulative=cumulative)
    assert result.top1_accuracy >= 0.70, result.mistakes
    assert result.uncovered_created >= 0.80, result.mistakes
    assert result.covered_created <= 0.15, result.mistakes
