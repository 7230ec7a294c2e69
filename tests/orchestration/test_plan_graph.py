"""Plans as task DAGs: structural problems are all reported by name; layers and statuses follow the graph."""

from __future__ import annotations

import pytest

from genesis_mcp.errors import CycleError, InvalidInput, TooLarge
from genesis_mcp.planning import MAX_TASKS, TaskGraph, TaskSpec, make_plan


def spec(tid: str, *deps: str, parent: str | None = None) -> TaskSpec:
    return TaskSpec(id=tid, description=f"do {tid}", depends_on=list(deps), parent=parent)


def test_a_cycle_is_refused_and_named_as_a_path() -> None:
    with pytest.raises(CycleError) as err:
        make_plan("r", [spec("a", "c"), spec("b", "a"), spec("c", "b")])
    assert "c -> b -> a -> c" in str(err.value)
    assert err.value.code == "cycle"
    assert err.value.details[0]["task_ids"] == ["c", "b", "a"]


def test_every_structural_problem_is_reported_in_one_error() -> None:
    tasks = [spec("a", "a"), spec("b", "ghost"), spec("b"), spec("c", parent="nobody"), spec("d", "e"), spec("e", "d")]
    with pytest.raises(InvalidInput) as err:
        make_plan("r", tasks)
    kinds = sorted(p["kind"] for p in err.value.details)
    assert kinds == ["cycle", "duplicate_id", "self_loop", "unknown_dependency", "unknown_parent"]
    assert "'ghost'" in str(err.value) and "'nobody'" in str(err.value)


def test_parent_cycles_and_self_parents_are_problems() -> None:
    problems = TaskGraph([spec("a", parent="b"), spec("b", parent="a"), spec("c", parent="c")]).problems()
    assert {p.kind for p in problems} == {"parent_cycle", "self_parent"}
    assert next(p for p in problems if p.kind == "parent_cycle").task_ids == ["a", "b"]


def test_an_empty_plan_is_refused() -> None:
    with pytest.raises(InvalidInput) as err:
        make_plan("r", [])
    assert err.value.details[0]["kind"] == "empty_plan"


def test_more_than_ten_thousand_tasks_is_too_large() -> None:
    with pytest.raises(TooLarge) as err:
        make_plan("r", [spec(f"t{i}") for i in range(MAX_TASKS + 1)])
    assert err.value.argument == "tasks"


def test_a_ten_thousand_task_chain_plans_with_one_task_per_layer() -> None:
    plan = make_plan("r", [spec("t0")] + [spec(f"t{i}", f"t{i - 1}") for i in range(1, MAX_TASKS)])
    layers = plan.layers()
    assert len(layers) == MAX_TASKS and layers[-1] == [f"t{MAX_TASKS - 1}"]
    assert plan.ready() == ["t0"]


def test_layers_put_independent_tasks_together() -> None:
    plan = make_plan("r", [spec("a"), spec("b"), spec("c", "a", "b"), spec("d", "a")])
    assert plan.layers() == [["a", "b"], ["c", "d"]]
    assert plan.ready() == ["a", "b"]


def test_a_parent_is_not_a_prerequisite_of_its_subtasks() -> None:
    plan = make_plan("r", [spec("p"), spec("c1", parent="p"), spec("c2", "c1", parent="p")])
    assert plan.ready() == ["c1"]
    assert plan.layers() == [["c1"], ["c2"]]


def test_subtasks_inherit_their_parents_prerequisites() -> None:
    plan = make_plan("r", [spec("setup"), spec("p", "setup"), spec("c1", parent="p")])
    assert plan.task("c1").status == "pending"
    assert plan.layers() == [["setup"], ["c1"]]


def test_depending_on_a_parent_waits_for_its_whole_subtree() -> None:
    plan = make_plan("r", [spec("p"), spec("c1", parent="p"), spec("c2", "c1", parent="p"), spec("after", "p")])
    assert plan.layers() == [["c1"], ["c2"], ["after"]]


def test_a_subtask_depending_on_its_own_parent_is_refused() -> None:
    with pytest.raises(InvalidInput) as err:
        make_plan("r", [spec("p"), spec("c", "p", parent="p")])
    assert err.value.details[0]["kind"] == "depends_on_ancestor"


def test_a_parent_depending_on_its_own_subtask_is_refused() -> None:
    with pytest.raises(InvalidInput) as err:
        make_plan("r", [spec("p", "c"), spec("c", parent="p")])
    assert err.value.details[0]["kind"] == "depends_on_subtask"


def test_a_cycle_through_the_hierarchy_is_named() -> None:
    # x waits for p's subtree; p's subtask c waits for x: a cycle only through the hierarchy
    with pytest.raises(CycleError) as err:
        make_plan("r", [spec("p"), spec("c", "x", parent="p"), spec("x", "p")])
    assert "hierarchy" in str(err.value)
    assert set(err.value.details[0]["task_ids"]) == {"p", "c", "x"}


def test_a_plan_serialises_to_json_and_back() -> None:
    plan = make_plan("r", [spec("a"), spec("b", "a")])
    again = type(plan).model_validate_json(plan.model_dump_json())
    assert again == plan and again.edges() == [("a", "b")]
