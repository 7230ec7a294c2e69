"""Routing a whole plan: each executable task, layer by layer, counting the plan's own assignments."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from genesis_mcp.routing.decision import RoutingDecision
from genesis_mcp.routing.estimates import EstimateSource
from genesis_mcp.routing.index import AgentIndex
from genesis_mcp.routing.router import DEFAULT_THRESHOLDS, Thresholds, route
from genesis_mcp.routing.rulebook import RuleBook
from genesis_mcp.routing.rules import RuleSet

if TYPE_CHECKING:  # routing does not import planning at run time; plans only need .tasks and .layers()
    from genesis_mcp.planning.models import Plan

__all__ = ["PlanRouting", "route_plan"]


class PlanRouting(BaseModel):
    """Per-task decisions for a plan, and which tasks nobody can take."""

    decisions: dict[str, RoutingDecision]
    assignments: dict[str, str | None] = Field(description="Task id -> chosen agent (None: unroutable/saturated).")
    unroutable: list[str] = Field(default_factory=list)
    saturated: list[str] = Field(default_factory=list)


def route_plan(
    plan: Plan,
    index: AgentIndex,
    rules: RuleSet | RuleBook | None = None,
    *,
    load: Mapping[str, int] | None = None,
    estimates: EstimateSource | None = None,
    exclude: Collection[str] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> PlanRouting:
    """Route every leaf task that is not done or failed. Tasks in one layer can run at the same time, so
    within a layer each assignment adds to the agent's load (on top of ``load``); the next layer starts
    from ``load`` again. Raises what :meth:`Plan.layers` raises for a broken plan."""
    base = dict(load or {})
    book = rules.compiled() if isinstance(rules, RuleSet) else rules
    by_id = {t.id: t for t in plan.tasks}
    decisions: dict[str, RoutingDecision] = {}
    for layer in plan.layers():
        current = dict(base)
        for tid in layer:
            task = by_id[tid]
            if task.status in ("done", "failed"):
                continue
            decision = route(
                task, index, book, load=current, estimates=estimates, exclude=exclude, thresholds=thresholds
            )
            decisions[tid] = decision
            if decision.agent is not None:
                current[decision.agent] = current.get(decision.agent, 0) + 1
    return PlanRouting(
        decisions=decisions,
        assignments={tid: d.agent for tid, d in decisions.items()},
        unroutable=[tid for tid, d in decisions.items() if d.unroutable],
        saturated=[tid for tid, d in decisions.items() if d.saturated],
    )
