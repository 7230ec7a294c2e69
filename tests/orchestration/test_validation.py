"""validate_plan: every issue names its tasks; the score is a per-task mean; tiers and savings follow difficulty."""

from __future__ import annotations

import pytest

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.errors import InvalidInput
from genesis_mcp.planning import TaskSpec, make_plan
from genesis_mcp.routing import AgentIndex, Estimate, StaticEstimates
from genesis_mcp.validation import DEFAULT_PRICES, PriceTable, Tier, difficulty, similar_pairs, validate

AGENTS = [
    AgentSpec(name="writer", capabilities=["documentation"], cost_per_call=0.01),
    AgentSpec(name="dev", capabilities=["python", "backend"], cost_per_call=0.02),
]


def test_a_fully_assigned_plan_is_valid_with_a_positive_saving() -> None:
    plan = make_plan(
        "r",
        [
            TaskSpec(id="a", description="Write the README", required_capabilities=["documentation"]),
            TaskSpec(id="b", description="Implement the export endpoint", required_capabilities=["python"]),
        ],
    )
    report = validate(plan, {"a": "writer", "b": "dev"}, AGENTS)
    assert report.valid and report.issues == []
    assert 0 < report.quality_score <= 1
    assert report.saving > 0 and report.estimated_cost < report.cost_if_all_strong


def test_unsolvable_and_incomplete_plans_name_the_tasks() -> None:
    plan = make_plan(
        "r",
        [
            TaskSpec(id="a", description="Write the README", required_capabilities=["documentation"]),
            TaskSpec(id="b", description="Implement the export endpoint", required_capabilities=["python"]),
            TaskSpec(id="c", description="Deploy it"),
            TaskSpec(id="d", description="Scan for CVEs"),
        ],
    )
    report = validate(plan, {"a": "dev", "b": "dev", "d": "ghost", "zz": "dev"}, AGENTS)
    by_kind = {i.kind: i.task_ids for i in report.issues}
    assert by_kind == {"missing_capability": ["a"], "unassigned": ["c"], "unknown_agent": ["d"], "unknown_task": ["zz"]}
    assert not report.solvable and not report.complete and not report.valid


def test_duplicates_and_near_duplicates_are_reported_as_pairs() -> None:
    plan = make_plan(
        "r",
        [
            TaskSpec(id="a", description="Write the release notes for version 3"),
            TaskSpec(id="b", description="Write the release notes for version 3!"),
            TaskSpec(id="c", description="Write release notes for version 3 and the changelog"),
            TaskSpec(id="d", description="Deploy the service"),
        ],
    )
    report = validate(plan, {t: "writer" for t in "abcd"}, AGENTS, similarity_threshold=0.7)
    pairs = {(i.kind, tuple(i.task_ids)) for i in report.issues if i.kind in ("duplicate", "near_duplicate")}
    assert pairs == {("duplicate", ("a", "b")), ("near_duplicate", ("a", "c")), ("near_duplicate", ("b", "c"))}
    assert not report.non_redundant


def test_a_parent_and_its_subtask_are_not_duplicates() -> None:
    plan = make_plan(
        "r", [TaskSpec(id="p", description="Write docs"), TaskSpec(id="c", description="Write docs", parent="p")]
    )
    assert validate(plan, {"c": "writer"}, AGENTS).non_redundant


def test_the_quality_score_does_not_collapse_as_plans_grow() -> None:
    def score(n: int) -> float:
        plan = make_plan(
            "r", [TaskSpec(id=f"t{i}", description=f"Write guide number {i} about topic {i}") for i in range(n)]
        )
        return validate(plan, {f"t{i}": "writer" for i in range(n)}, AGENTS).quality_score

    assert score(200) == pytest.approx(score(2), abs=0.05)


def test_better_estimates_raise_the_quality_score() -> None:
    plan = make_plan("r", [TaskSpec(id="a", description="Write the README")])
    neutral = validate(plan, {"a": "writer"}, AGENTS).quality_score
    good = StaticEstimates({("writer", "*"): Estimate(success=0.95, quality=0.9, observations=30)})
    assert validate(plan, {"a": "writer"}, AGENTS, estimates=good).quality_score > neutral


def test_weights_are_checked() -> None:
    plan = make_plan("r", [TaskSpec(id="a", description="Write the README")])
    with pytest.raises(InvalidInput) as err:
        validate(plan, {"a": "writer"}, AGENTS, weights=(1, 1, 1))
    assert err.value.argument == "weights"


def test_harder_tasks_get_stronger_tiers() -> None:
    easy = difficulty("Rename the column in the CSV file")
    hard = difficulty(
        "Design a distributed, fault-tolerant architecture for real-time fraud scoring and migrate production"
    )
    assert DEFAULT_PRICES.tier_for(easy).name == "cheap" and DEFAULT_PRICES.tier_for(hard).name == "strong"
    assert difficulty("Rename the column", depth=6) > easy - 0.2
    assert difficulty("Write the README", failure_rate=1.0) > difficulty("Write the README")


def test_a_price_table_must_end_with_a_tier_for_the_hardest_tasks() -> None:
    with pytest.raises(ValueError):
        PriceTable(tiers=[Tier(name="cheap", model="m", max_difficulty=0.5)])


def test_similar_pairs_finds_only_pairs_above_the_threshold() -> None:
    texts = {"a": "scrape prices from shop one", "b": "scrape prices from shop two", "c": "cook dinner"}
    assert [(p.first, p.second) for p in similar_pairs(texts, 0.6)] == [("a", "b")]
    assert similar_pairs(texts, 0.9) == []


def test_validate_accepts_a_prebuilt_index() -> None:
    plan = make_plan("r", [TaskSpec(id="a", description="Write the README")])
    assert validate(plan, {"a": "writer"}, AgentIndex(AGENTS)).valid
