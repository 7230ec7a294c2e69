"""update_plan as a pure function: all-or-nothing, blocked dependents reported, refusals give reasons."""

from __future__ import annotations

import pytest

from genesis_mcp.errors import Conflict, CycleError, InvalidInput, NotFound
from genesis_mcp.planning import Plan, TaskSpec, apply_update, make_plan


def spec(tid: str, *deps: str, parent: str | None = None) -> TaskSpec:
    return TaskSpec(id=tid, description=f"do {tid}", depends_on=list(deps), parent=parent)


@pytest.fixture
def plan() -> Plan:
    return make_plan("r", [spec("a"), spec("b", "a"), spec("c", "b"), spec("d", "a"), spec("e")])


def statuses(plan: Plan) -> dict[str, str]:
    return {t.id: t.status for t in plan.tasks}


def test_failing_a_task_blocks_every_transitive_dependent(plan: Plan) -> None:
    new, summary = apply_update(plan, fail=["a"], reasons={"a": "site was down"})
    assert summary.newly_blocked == ["b", "c", "d"]
    assert statuses(new) == {"a": "failed", "b": "blocked", "c": "blocked", "d": "blocked", "e": "ready"}
    assert new.task("a").note == "site was down"
    assert "'a'" in (new.task("c").note or "")


def test_replacing_a_failed_task_unblocks_its_dependents(plan: Plan) -> None:
    failed, _ = apply_update(plan, fail=["a"])
    new, summary = apply_update(failed, remove=["a"], add=[TaskSpec(id="a", description="retry a")])
    assert summary.replaced == ["a"] and sorted(summary.unblocked) == ["b", "c", "d"]
    assert statuses(new)["a"] == "ready" and new.tasks[0].id == "a"


def test_completing_a_task_that_is_not_ready_is_refused_with_the_reason(plan: Plan) -> None:
    with pytest.raises(Conflict) as err:
        apply_update(plan, complete=["c"])
    assert "waiting for 'b'" in str(err.value)


def test_completing_a_chain_in_one_update_works_in_dependency_order(plan: Plan) -> None:
    new, summary = apply_update(plan, complete=["c", "b", "a"])
    assert statuses(new)["c"] == "done" and summary.newly_ready == ["d"]


def test_completing_an_already_done_task_is_refused(plan: Plan) -> None:
    done, _ = apply_update(plan, complete=["a"])
    with pytest.raises(Conflict) as err:
        apply_update(done, complete=["a"])
    assert "already done" in str(err.value)


def test_unknown_ids_are_all_named_and_nothing_changes(plan: Plan) -> None:
    with pytest.raises(NotFound) as err:
        apply_update(plan, complete=["a", "x"], fail=["y"])
    assert "'x'" in str(err.value) and "'y'" in str(err.value)
    assert statuses(plan)["a"] == "ready"


def test_removing_a_task_others_depend_on_is_refused_naming_them(plan: Plan) -> None:
    with pytest.raises(Conflict) as err:
        apply_update(plan, remove=["a"])
    assert "'b' depends on 'a'" in str(err.value) and "'d' depends on 'a'" in str(err.value)


def test_removing_a_task_with_its_dependents_is_allowed(plan: Plan) -> None:
    new, summary = apply_update(plan, remove=["b", "c"])
    assert summary.removed == ["b", "c"] and [t.id for t in new.tasks] == ["a", "d", "e"]


def test_an_update_that_would_make_a_cycle_changes_nothing(plan: Plan) -> None:
    with pytest.raises(InvalidInput):
        apply_update(plan, add=[spec("f", "ghost")], remove=["e"], complete=["a"])
    with pytest.raises(CycleError):
        apply_update(plan, remove=["a"], add=[spec("a", "c")])
    assert statuses(plan)["a"] == "ready" and len(plan.tasks) == 5


def test_adding_an_existing_id_is_a_conflict(plan: Plan) -> None:
    with pytest.raises(Conflict):
        apply_update(plan, add=[spec("a")])


def test_a_task_cannot_be_both_completed_and_failed(plan: Plan) -> None:
    with pytest.raises(Conflict):
        apply_update(plan, complete=["a"], fail=["a"])


def test_added_tasks_become_ready_when_their_prerequisites_are_done(plan: Plan) -> None:
    done, _ = apply_update(plan, complete=["a"])
    new, summary = apply_update(done, add=[spec("f", "a"), spec("g", "c")])
    assert statuses(new)["f"] == "ready" and statuses(new)["g"] == "pending"
    assert "f" in summary.newly_ready and summary.added == ["f", "g"]


def test_a_parent_is_done_when_all_its_subtasks_are_done() -> None:
    plan = make_plan("r", [spec("p"), spec("c1", parent="p"), spec("c2", parent="p"), spec("after", "p")])
    half, _ = apply_update(plan, complete=["c1"])
    assert half.task("p").status == "running" and half.task("after").status == "pending"
    full, summary = apply_update(half, complete=["c2"])
    assert full.task("p").status == "done" and summary.newly_ready == ["after"]


def test_a_parent_fails_with_its_subtask_and_blocks_what_waits_for_it() -> None:
    plan = make_plan("r", [spec("p"), spec("c1", parent="p"), spec("c2", parent="p"), spec("after", "p")])
    new, summary = apply_update(plan, fail=["c1"])
    assert new.task("p").status == "failed" and new.task("c2").status == "ready"
    assert summary.newly_blocked == ["after"]


def test_a_parent_cannot_be_completed_directly() -> None:
    plan = make_plan("r", [spec("p"), spec("c1", parent="p")])
    with pytest.raises(Conflict) as err:
        apply_update(plan, complete=["p"])
    assert "subtasks" in str(err.value)


def test_starting_a_task_marks_it_running_and_it_can_then_complete(plan: Plan) -> None:
    running, summary = apply_update(plan, start=["a"])
    assert running.task("a").status == "running" and "a" not in summary.ready
    done, _ = apply_update(running, complete=["a"])
    assert done.task("a").status == "done"


def test_the_original_plan_is_never_modified(plan: Plan) -> None:
    before = plan.model_dump()
    apply_update(plan, complete=["a"], add=[spec("z")])
    assert plan.model_dump() == before
