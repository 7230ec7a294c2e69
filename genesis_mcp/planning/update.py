"""Building plans and changing them: pure functions that return a new plan and never half-apply.

Policies (documented in the README):

* **remove** is refused while a remaining task depends on (or is a subtask of) a removed one; the error
  names those tasks. Removing and adding the same id in one update *replaces* the task (how a failed
  task is retried: its dependents stop being blocked).
* **complete** needs the task to be ready or running (completions in one update are applied in
  dependency order, so a chain can be completed at once); a parent cannot be completed directly.
* **fail** is allowed for pending, ready and running leaves; every transitive dependent becomes
  blocked and is reported.
* Every id is checked first; all problems are reported in one error and the plan is left unchanged.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from genesis_mcp.errors import Conflict, NotFound, TooLarge
from genesis_mcp.planning.dag import TaskGraph, check_tasks
from genesis_mcp.planning.models import MAX_TASKS, Plan, Task, TaskSpec, TaskStatus

__all__ = ["UpdateSummary", "apply_update", "make_plan", "refresh_statuses"]


class UpdateSummary(BaseModel):
    """What an update changed."""

    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    replaced: list[str] = Field(default_factory=list)
    started: list[str] = Field(default_factory=list)
    completed: list[str] = Field(default_factory=list)
    failed: list[str] = Field(default_factory=list)
    newly_ready: list[str] = Field(default_factory=list)
    newly_blocked: list[str] = Field(default_factory=list)
    unblocked: list[str] = Field(default_factory=list)
    ready: list[str] = Field(default_factory=list, description="Every task that can start now.")


def refresh_statuses(tasks: Sequence[Task], graph: TaskGraph | None = None) -> list[Task]:
    """Copies of ``tasks`` with pending/ready/blocked (and parents' statuses) derived from the graph."""
    graph = graph or check_tasks(tasks)
    explicit: dict[str, TaskStatus] = {t.id: t.status for t in tasks}
    derived = graph.derive(explicit)
    out: list[Task] = []
    for t in tasks:
        status, cause = derived[t.id]
        note = t.note
        if status == "blocked":
            note = f"blocked: prerequisite {cause!r} failed"
        elif t.status == "blocked":
            note = None
        out.append(t if (status, note) == (t.status, t.note) else t.model_copy(update={"status": status, "note": note}))
    return out


def make_plan(
    request: str, tasks: Sequence[TaskSpec], *, plan_id: str | None = None, notes: Sequence[str] = ()
) -> Plan:
    """A new plan from a decomposition. Raises :class:`TooLarge` (more than 10,000 tasks),
    :class:`InvalidInput` (empty, duplicate ids, unknown dependencies or parents, ...) or
    :class:`~genesis_mcp.errors.CycleError`, each listing every problem."""
    if len(tasks) > MAX_TASKS:
        raise TooLarge(f"a plan holds at most {MAX_TASKS} tasks, got {len(tasks)}", argument="tasks")
    fresh = [Task(**spec.model_dump()) if not isinstance(spec, Task) else spec for spec in tasks]
    graph = check_tasks(fresh)
    return Plan(
        plan_id=plan_id or uuid.uuid4().hex[:12],
        request=request,
        tasks=refresh_statuses(fresh, graph),
        notes=list(notes),
    )


def apply_update(
    plan: Plan,
    *,
    add: Sequence[TaskSpec] = (),
    remove: Sequence[str] = (),
    complete: Sequence[str] = (),
    fail: Sequence[str] = (),
    start: Sequence[str] = (),
    reasons: dict[str, str] | None = None,
) -> tuple[Plan, UpdateSummary]:
    """The plan after the changes, and what changed. ``reasons`` maps failed ids to a note.

    Raises :class:`NotFound` (unknown ids), :class:`Conflict` (a state forbids the change, e.g.
    completing a task that is not ready), :class:`InvalidInput` / :class:`~genesis_mcp.errors.CycleError`
    (the new graph is broken) or :class:`TooLarge`; the given plan is never modified.
    """
    by_id = {t.id: t for t in plan.tasks}
    remove_set = set(remove)
    added_ids = [s.id for s in add]
    problems: list[str] = []
    known = by_id.keys() | set(added_ids)
    unknown = [i for i in dict.fromkeys([*remove, *complete, *fail, *start]) if i not in known]
    if unknown:
        raise NotFound(f"no such task(s) in plan {plan.plan_id}: {', '.join(map(repr, unknown))}", argument="tasks")
    counts = Counter(added_ids)
    for tid in counts:
        if counts[tid] > 1:
            problems.append(f"task {tid!r} is added more than once")
        elif tid in by_id and tid not in remove_set:
            problems.append(f"task {tid!r} already exists (remove it in the same update to replace it)")
    for group, name in ((complete, "complete"), (fail, "fail"), (start, "start")):
        for other, other_name in ((complete, "complete"), (fail, "fail"), (start, "start")):
            if name < other_name:
                both = set(group) & set(other)
                problems.extend(f"task {t!r} is both in {name!r} and {other_name!r}" for t in sorted(both))
    if problems:
        raise Conflict("; ".join(problems), argument="add")

    fresh = {s.id: Task(**s.model_dump()) for s in add}
    # a replaced task keeps its place in the list; new ones go at the end
    new_tasks = [fresh.pop(t.id) if t.id in fresh else t for t in plan.tasks if t.id not in remove_set or t.id in fresh]
    new_tasks += fresh.values()
    if len(new_tasks) > MAX_TASKS:
        raise TooLarge(f"a plan holds at most {MAX_TASKS} tasks; this update makes {len(new_tasks)}", argument="add")
    gone = remove_set - set(added_ids)
    orphans = [f"{t.id!r} depends on {d!r}" for t in new_tasks for d in t.depends_on if d in gone] + [
        f"{t.id!r} is a subtask of {t.parent!r}" for t in new_tasks if t.parent in gone
    ]
    if orphans:
        raise Conflict(
            "cannot remove tasks that others still need (remove those too, or change them): " + "; ".join(orphans),
            argument="remove",
        )
    graph = check_tasks(new_tasks)
    prior = {t.id: t.status for t in refresh_statuses(new_tasks, graph)}
    explicit: dict[str, TaskStatus] = dict(prior)
    for tid in complete:
        explicit[tid] = "done"
    state, _ = graph.node_states(explicit)

    def refuse(tid: str, verb: str, allowed: tuple[TaskStatus, ...]) -> str | None:
        i = graph.index[tid]
        if not graph.is_leaf(i):
            return f"cannot {verb} {tid!r}: it has subtasks, and its status follows theirs"
        if verb == "complete":
            if prior[tid] in ("done", "failed"):
                return f"cannot complete {tid!r}: it is already {prior[tid]}"
            waiting = graph.unmet(i, state)
            return (
                f"cannot complete {tid!r}: it is not ready, waiting for {', '.join(map(repr, waiting))}"
                if waiting
                else None
            )
        if state[i] not in allowed:
            waiting = graph.unmet(i, state)
            why = f", waiting for {', '.join(map(repr, waiting))}" if waiting and state[i] == "pending" else ""
            return f"cannot {verb} {tid!r}: it is {state[i]}{why}"
        return None

    problems = [
        p
        for p in [
            *(refuse(t, "complete", ("ready", "running")) for t in dict.fromkeys(complete)),
            *(refuse(t, "start", ("ready",)) for t in dict.fromkeys(start)),
            *(refuse(t, "fail", ("pending", "ready", "running")) for t in dict.fromkeys(fail)),
        ]
        if p
    ]
    if problems:
        raise Conflict("; ".join(problems), argument="complete" if complete else ("fail" if fail else "start"))
    reasons = reasons or {}
    done_set, start_set, fail_set = set(complete), set(start), set(fail)
    updated: list[Task] = []
    for t in new_tasks:
        if t.id in done_set:
            t = t.model_copy(update={"status": "done", "note": None})
        elif t.id in start_set:
            t = t.model_copy(update={"status": "running", "note": None})
        elif t.id in fail_set:
            t = t.model_copy(update={"status": "failed", "note": reasons.get(t.id)})
        updated.append(t)
    final = refresh_statuses(updated, graph)
    before = {t.id: t.status for t in plan.tasks}
    parents = {t.parent for t in final}
    summary = UpdateSummary(
        added=[i for i in added_ids if i not in remove_set],
        removed=sorted(gone),
        replaced=[i for i in added_ids if i in remove_set],
        started=list(dict.fromkeys(start)),
        completed=list(dict.fromkeys(complete)),
        failed=list(dict.fromkeys(fail)),
        newly_ready=[t.id for t in final if t.status == "ready" and before.get(t.id) != "ready"],
        newly_blocked=[t.id for t in final if t.status == "blocked" and before.get(t.id) != "blocked"],
        unblocked=[t.id for t in final if before.get(t.id) == "blocked" and t.status != "blocked"],
        ready=[t.id for t in final if t.status == "ready" and t.id not in parents],
    )
    return plan.model_copy(update={"tasks": final, "updated_at": datetime.now(UTC)}), summary
