"""Routing decisions: rules, capabilities, text, load, cost, estimates, unroutable work and explanations."""

from __future__ import annotations

from pathlib import Path

import pytest

from genesis_mcp.agents.models import Agent, AgentSpec
from genesis_mcp.planning import TaskSpec, make_plan
from genesis_mcp.routing import (
    AgentIndex,
    Estimate,
    RuleSet,
    StaticEstimates,
    TaskQuery,
    design_agent,
    load_rules,
    route,
    route_plan,
)
from genesis_mcp.routing.evaluate import read_agents

EVAL = Path(__file__).parent / "routing_eval"
EXAMPLE_RULES = Path(__file__).parents[2] / "examples" / "rules.toml"


@pytest.fixture(scope="module")
def team() -> list[AgentSpec]:
    return read_agents(EVAL / "agents.json")


@pytest.fixture(scope="module")
def index(team: list[AgentSpec]) -> AgentIndex:
    return AgentIndex(team)


def ask(text: str, **kw: object) -> TaskQuery:
    return TaskQuery(description=text, **kw)  # type: ignore[arg-type]


def test_a_sentence_alone_reaches_the_agent_whose_work_it_describes(index: AgentIndex) -> None:
    decision = route(ask("Plot weekly revenue as a line chart"), index)
    assert decision.agent == "dashboard-designer"
    assert decision.explanation.method == "text"
    assert decision.explanation.scores is not None and decision.explanation.scores.coverage > 0
    assert any("visualization" in m for m in decision.explanation.scores.matched)
    assert decision.alternatives and decision.alternatives[0].agent != "dashboard-designer"


def test_work_no_agent_covers_is_unroutable_instead_of_forced(index: AgentIndex) -> None:
    decision = route(ask("Book a flight to Lisbon and a hotel near the old town"), index)
    assert decision.unroutable and decision.agent is None
    assert "travel" in decision.uncovered_concepts


def test_required_capabilities_no_one_has_make_a_task_unroutable(index: AgentIndex) -> None:
    decision = route(ask("Fix the thing", required_capabilities=["quantum_annealing"]), index)
    assert decision.unroutable and decision.missing_capabilities == ["quantum_annealing"]


def test_capability_matching_accepts_a_concept_named_differently(index: AgentIndex) -> None:
    # "visualization" is not listed verbatim; "data_visualization" and "charts" mean it
    decision = route(ask("Show the numbers", required_capabilities=["visualization"]), index)
    assert decision.agent == "dashboard-designer" and decision.explanation.method == "capabilities"


def test_the_highest_priority_matching_rule_fires_and_is_named(index: AgentIndex) -> None:
    rules = load_rules(EXAMPLE_RULES)
    decision = route(ask("Refund the invoice for the customer who found a vulnerability"), index, rules)
    assert decision.agent == "security-reviewer"
    assert decision.explanation.rule == "security-first" and decision.explanation.method == "rule"


def test_a_capability_set_target_picks_an_agent_with_those_capabilities(index: AgentIndex) -> None:
    decision = route(ask("Please refund order 1182"), index, load_rules(EXAMPLE_RULES))
    assert decision.agent == "billing-specialist" and decision.explanation.rule == "money-matters"


def test_a_rule_whose_agent_is_busy_falls_through_and_says_so(index: AgentIndex, team: list[AgentSpec]) -> None:
    rules = RuleSet.model_validate(
        {"rules": [{"name": "all-charts", "match": {"keywords_any": ["chart"]}, "target": {"agent": "translator"}}]}
    )
    decision = route(ask("Draw a chart of revenue"), index, rules, load={"translator": 99})
    assert decision.agent == "dashboard-designer"
    assert any("all-charts" in s and "concurrency limit" in s for s in decision.explanation.skipped)


def test_agents_at_their_concurrency_limit_are_skipped(index: AgentIndex) -> None:
    decision = route(ask("Make a dashboard of daily active users"), index, load={"dashboard-designer": 4})
    assert decision.agent != "dashboard-designer"


def test_when_every_able_agent_is_busy_the_task_is_saturated_not_unroutable(index: AgentIndex) -> None:
    decision = route(ask("x", required_capabilities=["translation"]), index, load={"translator": 10})
    assert decision.saturated and not decision.unroutable and decision.agent is None


def test_cheaper_agent_wins_when_otherwise_equal() -> None:
    base = {"capabilities": ["translation"], "description": "Translates text."}
    index = AgentIndex([AgentSpec(name="dear", cost_per_call=1.0, **base), AgentSpec(name="cheap", **base)])
    assert route(ask("Translate this into German"), index).agent == "cheap"


def test_estimates_from_the_learning_seam_change_the_choice() -> None:
    base = {"capabilities": ["translation"], "description": "Translates text."}
    index = AgentIndex([AgentSpec(name="a", **base), AgentSpec(name="b", **base)])
    weak = Estimate(success=0.1, quality=0.5, observations=40)
    strong = Estimate(success=0.95, quality=0.9, observations=40)
    est = StaticEstimates({("a", "*"): strong, ("b", "*"): weak})
    assert route(ask("Translate this"), index, estimates=est).agent == "a"
    est = StaticEstimates({("a", "*"): weak, ("b", "*"): strong})
    decision = route(ask("Translate this"), index, estimates=est)
    assert decision.agent == "b" and decision.explanation.scores is not None
    assert decision.explanation.scores.observations == 40


def test_retired_and_excluded_agents_are_never_chosen(team: list[AgentSpec]) -> None:
    now = "2026-01-01T00:00:00Z"
    agents = [Agent(**a.model_dump(), status="active", created_at=now, updated_at=now) for a in team]  # type: ignore[arg-type]
    agents = [a.model_copy(update={"status": "retired"}) if a.name == "translator" else a for a in agents]
    index = AgentIndex(agents)
    assert route(ask("Translate the manual into French"), index).agent != "translator"
    assert route(ask("Write unit tests"), AgentIndex(team), exclude={"qa-tester"}).agent != "qa-tester"


def test_an_agent_with_no_capabilities_is_reachable_by_its_description() -> None:
    index = AgentIndex([AgentSpec(name="poet", capabilities=[], description="Writes poems and song lyrics.")])
    assert route(ask("Write a poem about autumn"), index).agent == "poet"


def test_an_agent_designed_for_unroutable_work_gets_the_next_task_of_that_kind(index: AgentIndex) -> None:
    first = route(ask("Review this NDA and flag the risky clauses before I sign"), index)
    assert first.unroutable
    design = design_agent(first_text := "Review this NDA and flag the risky clauses before I sign", None,
                          [a.name for a in index.agents], uncovered=first.uncovered_concepts)  # fmt: skip
    assert design.spec.name == "legal-specialist" and "legal" in design.spec.capabilities and first_text
    grown = index.with_agent(design.spec)
    later = route(ask("Is this licence agreement's liability section enforceable in court?"), grown)
    assert later.agent == "legal-specialist"
    # and it does not steal covered work
    assert route(ask("Translate the onboarding emails into French"), grown).agent == "translator"


def test_designed_agents_get_unique_names_the_router_can_reach() -> None:
    names = ["travel-specialist", "travel-specialist-2"]
    design = design_agent("Plan a trip to Kyoto with flights and hotels", None, names)
    assert design.spec.name == "travel-specialist-3" and design.kind == "travel"
    assert design.spec.system_prompt and design.cost_tier in ("cheap", "standard", "strong")


def test_designed_agents_use_the_report_kinds_where_they_fit() -> None:
    assert design_agent("Scrape prices from ten shops").kind == "scraping"
    assert design_agent("Watch the API latency and alert on outages").kind == "monitoring"
    assert design_agent("Convert the CSV exports to JSON").kind == "data_transformation"
    assert design_agent("Glaze and fire the pottery in the kiln").kind.startswith("glaze")


def test_route_plan_counts_the_plans_own_assignments_as_load() -> None:
    index = AgentIndex(
        [AgentSpec(name=n, capabilities=["translation"], max_concurrency=1, description="Translates.") for n in "ab"]
    )
    plan = make_plan("r", [TaskSpec(id=f"t{i}", description=f"Translate part {i} into German") for i in range(3)])
    routed = route_plan(plan, index)
    assert sorted(a or "-" for a in routed.assignments.values()) == ["-", "a", "b"]
    assert len(routed.saturated) == 1 and not routed.unroutable


def test_route_plan_lets_tasks_in_later_layers_reuse_agents() -> None:
    index = AgentIndex([AgentSpec(name="a", capabilities=["translation"], max_concurrency=1)])
    plan = make_plan(
        "r",
        [
            TaskSpec(id="t1", description="Translate part one"),
            TaskSpec(id="t2", description="Translate part two", depends_on=["t1"]),
        ],
    )
    assert route_plan(plan, index).assignments == {"t1": "a", "t2": "a"}
