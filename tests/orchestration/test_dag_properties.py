"""Property tests on random DAGs: layers respect every edge, every cycle is caught and named as a real
cycle, and updates keep the status invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from genesis_mcp.errors import CycleError
from genesis_mcp.planning import Plan, TaskSpec, apply_update, make_plan


@st.composite
def dags(draw: st.DrawFn, max_size: int = 30) -> list[TaskSpec]:
    n = draw(st.integers(1, max_size))
    tasks = []
    for i in range(n):
        deps = draw(st.sets(st.integers(0, i - 1), max_size=4)) if i else set()
        tasks.append(TaskSpec(id=f"t{i}", description=f"task {i}", depends_on=[f"t{j}" for j in sorted(deps)]))
    return draw(st.permutations(tasks))


def check_invariants(plan: Plan) -> None:
    by_id = {t.id: t for t in plan.tasks}
    for t in plan.tasks:
        prereqs = [by_id[d].status for d in t.depends_on]
        if t.status == "ready":
            assert all(s == "done" for s in prereqs)
        if t.status == "blocked":
            assert any(s in ("failed", "blocked") for s in prereqs)
        if t.status == "pending":
            assert not all(s == "done" for s in prereqs) and not any(s in ("failed", "blocked") for s in prereqs)
        if t.status in ("running", "done"):
            assert all(s == "done" for s in prereqs)


@given(dags())
def test_layers_respect_every_edge(tasks: list[TaskSpec]) -> None:
    plan = make_plan("r", tasks)
    level = {tid: k for k, layer in enumerate(plan.layers()) for tid in layer}
    assert sorted(level) == sorted(t.id for t in tasks)
    for t in tasks:
        for d in t.depends_on:
            assert level[d] < level[t.id]
    for t in tasks:  # each task sits right after its latest prerequisite
        assert level[t.id] == max((level[d] + 1 for d in t.depends_on), default=0)


@given(dags(), st.data())
def test_every_cycle_is_caught_and_named_as_a_real_cycle(tasks: list[TaskSpec], data: st.DataObject) -> None:
    ids = [t.id for t in tasks]
    order = {f"t{i}": i for i in range(len(tasks))}
    # add a back edge from an earlier task to a later one (or a longer loop): always a cycle
    lo = data.draw(st.sampled_from(ids))
    later = [i for i in ids if order[i] >= order[lo]]
    hi = data.draw(st.sampled_from(later))
    if hi == lo:
        hi_task = TaskSpec(id="extra", description="x", depends_on=[lo])
        tasks = [*tasks, hi_task]
        hi = "extra"
    # path hi ->* lo must exist for a cycle: make lo depend on hi, and hi depend on lo directly
    tasks = [
        t.model_copy(update={"depends_on": [*t.depends_on, hi]}) if t.id == lo else
        t.model_copy(update={"depends_on": sorted({*t.depends_on, lo})}) if t.id == hi else t
        for t in tasks
    ]  # fmt: skip
    edges = {t.id: set(t.depends_on) for t in tasks}
    try:
        make_plan("r", tasks)
    except CycleError as err:
        for problem in err.details:
            cycle = problem["task_ids"]
            for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
                assert b in edges[a], f"{a} does not depend on {b}"
    else:
        raise AssertionError("a cycle was not caught")


@settings(max_examples=60)
@given(dags(), st.data())
def test_updates_keep_the_status_invariants(tasks: list[TaskSpec], data: st.DataObject) -> None:
    plan = make_plan("r", tasks)
    check_invariants(plan)
    for _ in range(6):
        ready = plan.ready()
        pending = [t.id for t in plan.tasks if t.status == "pending"]
        if not ready and not pending:
            break
        complete = data.draw(st.lists(st.sampled_from(ready), unique=True)) if ready else []
        candidates = [i for i in ready + pending if i not in complete]
        fail = data.draw(st.lists(st.sampled_from(candidates), max_size=1, unique=True)) if candidates else []
        plan, summary = apply_update(plan, complete=complete, fail=fail)
        check_invariants(plan)
        assert set(summary.ready) == {t.id for t in plan.tasks if t.status == "ready"}
