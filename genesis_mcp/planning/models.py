"""The plan format (HTDAG): tasks with dependency edges and a separate parent/subtask hierarchy.

Dependencies and hierarchy mean different things:

* ``depends_on``: this task may start only when each listed task is done. Depending on a task that has
  subtasks means waiting for its whole subtree.
* ``parent``: this task is a part of its parent. A parent is **not** a prerequisite of its subtasks;
  its subtasks inherit the parent's own ``depends_on``, and the parent's status follows theirs (it is
  done when all of them are done). Parents are never completed or failed directly.

Statuses: ``done``, ``failed`` and ``running`` are set by updates; ``pending``, ``ready`` and ``blocked``
are derived from the graph after every change (ready = every prerequisite done; blocked = some
prerequisite failed, directly or further up).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from genesis_mcp.validators import AgentName, Capabilities, TaskType

__all__ = [
    "MAX_DESCRIPTION",
    "MAX_REQUEST",
    "MAX_TASKS",
    "Plan",
    "Task",
    "TaskId",
    "TaskSpec",
    "TaskStatus",
]

MAX_TASKS = 10_000
MAX_DESCRIPTION = 4_000
MAX_REQUEST = 20_000
MAX_DEPENDENCIES = 1_000

TaskStatus = Literal["pending", "ready", "running", "done", "failed", "blocked"]
TaskId = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][\w.:\-]*$")
]


class TaskSpec(BaseModel):
    """A task as a client (or the decomposer) proposes it."""

    model_config = ConfigDict(extra="forbid")

    id: TaskId = Field(description="Unique within the plan, e.g. 't1' or 'scrape-prices'.")
    description: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_DESCRIPTION)] = (
        Field(description="What to do, in plain language.")
    )
    task_type: TaskType | None = Field(
        default=None, description="A kind of work, e.g. 'scraping'; inferred from the description when absent."
    )
    required_capabilities: Capabilities = Field(
        default_factory=list, description="Capabilities the assigned agent must have (lower_snake_case)."
    )
    depends_on: list[TaskId] = Field(
        default_factory=list, max_length=MAX_DEPENDENCIES, description="Ids of tasks that must be done first."
    )
    parent: TaskId | None = Field(default=None, description="Id of the task this one is a part of.")


class Task(TaskSpec):
    """A task inside a stored plan."""

    model_config = ConfigDict(extra="forbid")

    status: TaskStatus = "pending"
    agent: AgentName | None = Field(default=None, description="The agent assigned to it, once routed.")
    note: str | None = Field(default=None, max_length=MAX_DESCRIPTION, description="Why it failed or is blocked.")


def _now() -> datetime:
    return datetime.now(UTC)


class Plan(BaseModel):
    """A request and its task DAG. Build one with :func:`genesis_mcp.planning.make_plan`."""

    model_config = ConfigDict(extra="forbid")

    plan_id: str = Field(min_length=1, max_length=64)
    request: str = Field(max_length=MAX_REQUEST)
    tasks: list[Task] = Field(min_length=1, max_length=MAX_TASKS)
    notes: list[str] = Field(default_factory=list, description="How it was made, e.g. a decomposition fallback.")
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)

    def task(self, task_id: str) -> Task:
        """The task with that id; raises :class:`~genesis_mcp.errors.NotFound`."""
        for t in self.tasks:
            if t.id == task_id:
                return t
        from genesis_mcp.errors import NotFound

        raise NotFound(f"plan {self.plan_id} has no task {task_id!r}", argument="task_id")

    def layers(self) -> list[list[str]]:
        """Executable (leaf) task ids grouped into layers that can run in parallel, in order."""
        from genesis_mcp.planning.dag import graph_of

        return graph_of(self.tasks).layers()

    def ready(self) -> list[str]:
        """Ids of executable (leaf) tasks that can start now."""
        parents = {t.parent for t in self.tasks}
        return [t.id for t in self.tasks if t.status == "ready" and t.id not in parents]

    def edges(self) -> list[tuple[str, str]]:
        """Dependency edges ``(prerequisite, dependent)`` as declared."""
        return [(d, t.id) for t in self.tasks for d in t.depends_on]
