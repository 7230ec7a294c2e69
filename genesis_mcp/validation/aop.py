"""AOP: is a routed plan solvable, complete and free of redundancy, how good is it, and what will it cost.

Only executable (leaf) tasks that are not done or failed need an agent. The quality score is the mean
over those tasks of ``w1 x success + w2 x quality + w3 x (1 - cost) + w4 x (1 - time)``: an average,
so it does not shrink as plans grow (a product of success rates would). An unassigned task scores 0.
``cost`` is the task's cost over what it would cost on the strongest tier; ``time`` is d / (d + 600 s)
for an estimated duration d (0.5 when unknown).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.errors import InvalidInput
from genesis_mcp.planning.dag import graph_of
from genesis_mcp.planning.models import Plan
from genesis_mcp.routing.estimates import EstimateSource, NeutralEstimates
from genesis_mcp.routing.index import AgentIndex
from genesis_mcp.validation.pricing import DEFAULT_PRICES, PriceTable, difficulty
from genesis_mcp.validation.redundancy import similar_pairs

__all__ = ["Issue", "TaskAssessment", "ValidationReport", "validate"]

IssueKind = Literal[
    "structure", "unassigned", "unknown_agent", "retired_agent", "missing_capability", "unknown_task",
    "duplicate", "near_duplicate",
]  # fmt: skip
_TIME_SCALE_S = 600.0


class Issue(BaseModel):
    kind: IssueKind
    task_ids: list[str]
    message: str


class TaskAssessment(BaseModel):
    task_id: str
    agent: str | None
    difficulty: float
    tier: str
    model: str
    cost: float = Field(description="Agent fee plus model cost on the chosen tier, dollars.")
    cost_if_strong: float
    success: float
    quality: float
    score: float


class ValidationReport(BaseModel):
    valid: bool = Field(description="Solvable, complete and non-redundant.")
    solvable: bool
    complete: bool
    non_redundant: bool
    quality_score: float = Field(description="Mean per-task weighted score, 0 to 1.")
    estimated_cost: float
    cost_if_all_strong: float
    saving: float = Field(description="cost_if_all_strong - estimated_cost.")
    weights: tuple[float, float, float, float]
    issues: list[Issue]
    per_task: list[TaskAssessment]


def validate(
    plan: Plan,
    assignments: Mapping[str, str | None] | None = None,
    agents: Sequence[AgentSpec] | AgentIndex = (),
    *,
    estimates: EstimateSource | None = None,
    weights: Sequence[float] = (0.4, 0.3, 0.2, 0.1),
    similarity_threshold: float = 0.8,
    prices: PriceTable = DEFAULT_PRICES,
    failure_rates: Mapping[str, float] | None = None,
) -> ValidationReport:
    """Check and score ``plan`` routed by ``assignments`` (task id -> agent; default: each task's
    ``agent``). Reports every problem as an :class:`Issue` naming its tasks; raises
    :class:`InvalidInput` only for bad arguments (weights, threshold)."""
    if len(weights) != 4 or any(w < 0 for w in weights) or sum(weights) <= 0:
        raise InvalidInput("weights are four non-negative numbers, not all zero", argument="weights")
    if not 0 < similarity_threshold <= 1:
        raise InvalidInput("similarity_threshold must be in (0, 1]", argument="similarity_threshold")
    w = tuple(x / sum(weights) for x in weights)
    index = agents if isinstance(agents, AgentIndex) else AgentIndex(agents)
    estimates = estimates or NeutralEstimates()
    assigned = dict(assignments) if assignments is not None else {t.id: t.agent for t in plan.tasks}
    # issues and assessments are gathered as plain dicts and validated once, with the report: a thousand
    # tasks would otherwise mean thousands of separate model validations
    issues: list[dict[str, Any]] = []
    graph = graph_of(plan.tasks)
    issues += [_issue("structure", p.task_ids, p.message) for p in graph.problems()]
    depth = {tid: k for k, layer in enumerate(graph.layers()) for tid in layer} if not issues else {}
    issues += [
        _issue("unknown_task", [tid], f"assignment for unknown task {tid!r}")
        for tid in assigned
        if tid not in graph.index
    ]
    per_task: list[dict[str, Any]] = []
    rates = failure_rates or {}
    expected: dict[tuple[int, str], tuple[float, float, float, float | None]] = {}  # (agent, type) -> estimate
    for i, task in enumerate(plan.tasks):
        if not graph.is_leaf(i) or task.status in ("done", "failed") or graph.index.get(task.id) != i:
            continue
        name = assigned.get(task.id)
        task_kind = task.task_type or "general"
        d = difficulty(task.description, task.task_type, depth.get(task.id, 0), rates.get(task_kind))
        tier = prices.tier_for(d)
        pos = index.position.get(name) if name else None
        problem = _problem(task.id, name, pos, index, task.required_capabilities)
        if problem:
            issues.append(problem)
        fee, success, quality, duration = 0.0, 0.0, 0.0, None
        if pos is not None:
            found = expected.get((pos, task_kind))
            if found is None:
                est = estimates.estimate(index.agents[pos].name, task_kind)
                fee = est.cost if est.cost is not None else index.agents[pos].cost_per_call
                found = expected[(pos, task_kind)] = (fee, est.success, est.quality, est.duration_s)
            fee, success, quality, duration = found
        cost, strong = fee + prices.cost(tier, d), fee + prices.cost(prices.strongest, d)
        score = 0.0
        if pos is not None:
            t_norm = 0.5 if duration is None else duration / (duration + _TIME_SCALE_S)
            c_norm = cost / strong if strong else 0.0
            score = w[0] * success + w[1] * quality + w[2] * (1 - c_norm) + w[3] * (1 - t_norm)
        per_task.append(
            {
                "task_id": task.id,
                "agent": name if pos is not None else None,
                "difficulty": d,
                "tier": tier.name,
                "model": tier.model,
                "cost": round(cost, 6),
                "cost_if_strong": round(strong, 6),
                "success": success,
                "quality": quality,
                "score": round(score, 4),
            }
        )
    parents = [(t.id, t.parent) for t in plan.tasks if t.parent]
    for pair in similar_pairs({t.id: t.description for t in plan.tasks}, similarity_threshold, skip=parents):
        kind: IssueKind = "duplicate" if pair.similarity == 1.0 else "near_duplicate"
        message = f"tasks {pair.first!r} and {pair.second!r} look the same (similarity {pair.similarity:.2f})"
        issues.append(_issue(kind, [pair.first, pair.second], message))
    kinds = {i["kind"] for i in issues}
    solvable = not kinds & {"unknown_agent", "retired_agent", "missing_capability"}
    complete = not kinds & {"structure", "unassigned", "unknown_task"}
    non_redundant = not kinds & {"duplicate", "near_duplicate"}
    estimated = sum(t["cost"] for t in per_task)
    strong_total = sum(t["cost_if_strong"] for t in per_task)
    return ValidationReport.model_validate(
        {
            "valid": solvable and complete and non_redundant,
            "solvable": solvable,
            "complete": complete,
            "non_redundant": non_redundant,
            "quality_score": round(sum(t["score"] for t in per_task) / len(per_task), 4) if per_task else 0.0,
            "estimated_cost": round(estimated, 6),
            "cost_if_all_strong": round(strong_total, 6),
            "saving": round(strong_total - estimated, 6),
            "weights": (w[0], w[1], w[2], w[3]),
            "issues": issues,
            "per_task": per_task,
        }
    )


def _issue(kind: IssueKind, task_ids: list[str], message: str) -> dict[str, Any]:
    return {"kind": kind, "task_ids": task_ids, "message": message}


def _problem(
    tid: str, name: str | None, pos: int | None, index: AgentIndex, required: list[str]
) -> dict[str, Any] | None:
    if name is None:
        return _issue("unassigned", [tid], f"task {tid!r} has no agent")
    if pos is None:
        return _issue("unknown_agent", [tid], f"task {tid!r} is assigned to unknown agent {name!r}")
    if not index.is_active(pos):
        return _issue("retired_agent", [tid], f"task {tid!r} is assigned to retired agent {name!r}")
    missing = index.missing(pos, required) if required else []
    if missing:
        return _issue(
            "missing_capability", [tid], f"agent {name!r} lacks {', '.join(missing)} required by task {tid!r}"
        )
    return None
