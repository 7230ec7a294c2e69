"""Planning (HTDAG): plans as task DAGs with a parent/subtask hierarchy, decomposition, updates."""

from genesis_mcp.planning.dag import DagProblem, TaskGraph, check_tasks
from genesis_mcp.planning.decompose import Decomposition, decompose, decompose_by_structure, infer_task_type
from genesis_mcp.planning.models import MAX_DESCRIPTION, MAX_REQUEST, MAX_TASKS, Plan, Task, TaskSpec, TaskStatus
from genesis_mcp.planning.update import UpdateSummary, apply_update, make_plan, refresh_statuses

__all__ = [
    "MAX_DESCRIPTION",
    "MAX_REQUEST",
    "MAX_TASKS",
    "DagProblem",
    "Decomposition",
    "Plan",
    "Task",
    "TaskGraph",
    "TaskSpec",
    "TaskStatus",
    "UpdateSummary",
    "apply_update",
    "check_tasks",
    "decompose",
    "decompose_by_structure",
    "infer_task_type",
    "make_plan",
    "refresh_statuses",
]
