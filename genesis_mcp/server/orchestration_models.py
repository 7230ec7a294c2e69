"""What the planning and routing tools return (the MCP output schemas)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genesis_mcp.agents.models import Agent
from genesis_mcp.planning import Plan, Task, UpdateSummary
from genesis_mcp.routing import AgentDesign, Candidate, Explanation

__all__ = [
    "AgentResult",
    "NewAgent",
    "PlanRouteResult",
    "PlanView",
    "RouteResult",
    "TaskRoute",
    "UpdateResult",
    "new_agent",
    "plan_view",
]


class PlanView(BaseModel):
    plan_id: str
    request: str
    tasks: list[Task]
    edges: list[tuple[str, str]] = Field(description="(prerequisite, dependent) pairs.")
    layers: list[list[str]] = Field(description="Task ids that can run together, in order.")
    ready: list[str] = Field(description="Tasks that can start now.")
    notes: list[str]


def plan_view(plan: Plan) -> PlanView:
    return PlanView(
        plan_id=plan.plan_id,
        request=plan.request,
        tasks=plan.tasks,
        edges=plan.edges(),
        layers=plan.layers(),
        ready=plan.ready(),
        notes=plan.notes,
    )


class UpdateResult(BaseModel):
    plan: PlanView
    summary: UpdateSummary


class NewAgent(BaseModel):
    agent: Agent
    kind: str
    cost_tier: str
    concepts: list[str]
    rationale: str
    tool: str | None = Field(default=None, description="A tool made (or found) for this kind of work.")
    tool_note: str | None = None


def new_agent(agent: Agent, design: AgentDesign) -> NewAgent:
    return NewAgent(
        agent=agent, kind=design.kind, cost_tier=design.cost_tier, concepts=design.concepts, rationale=design.rationale
    )


class RouteResult(BaseModel):
    agent: str | None = Field(description="The chosen agent; null when nobody can take it.")
    explanation: Explanation
    alternatives: list[Candidate]
    created: bool = Field(description="True when a new agent was made for this task.")
    new_agent: NewAgent | None = None
    unroutable: bool
    saturated: bool = Field(description="Every able agent is at its concurrency limit.")
    reason: str
    task_type: str


class TaskRoute(BaseModel):
    task_id: str
    description: str
    agent: str | None
    method: str
    explanation: str
    alternatives: list[str]
    tier: str | None = None
    model: str | None = None
    difficulty: float | None = None
    cost: float | None = None


class PlanRouteResult(BaseModel):
    plan_id: str
    tasks: list[TaskRoute]
    created_agents: list[NewAgent]
    unroutable: list[str]
    saturated: list[str]
    estimated_cost: float
    cost_if_all_strong: float
    saving: float


class AgentResult(BaseModel):
    agent: Agent
    message: str
