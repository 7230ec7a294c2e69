"""Static tools for planning and routing: plan_task, update_plan, route_task, route_plan, validate_plan,
create_agent, manage_agent; resources genesis://plans/{plan_id} and genesis://rules."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from mcp.server.mcpserver import MCPServer
from pydantic import Field

from genesis_mcp.app import Genesis
from genesis_mcp.errors import GenesisError, InvalidInput
from genesis_mcp.planning import MAX_REQUEST, TaskSpec
from genesis_mcp.routing import TaskQuery, clone_agent, revise_agent
from genesis_mcp.server.errors import tool_errors
from genesis_mcp.server.orchestration_models import (
    AgentResult,
    NewAgent,
    PlanRouteResult,
    PlanView,
    RouteResult,
    TaskRoute,
    UpdateResult,
    new_agent,
    plan_view,
)
from genesis_mcp.server.prompts import AgentPrompts
from genesis_mcp.server.registry import ToolRegistry
from genesis_mcp.toolsmith.generate import Generator
from genesis_mcp.toolsmith.generation_flow import generate
from genesis_mcp.validation import ValidationReport
from genesis_mcp.validators import AgentName, Capabilities, TaskType

__all__ = ["register_orchestration_tools"]


def register_orchestration_tools(mcp: MCPServer, app: Genesis, registry: ToolRegistry, prompts: AgentPrompts) -> None:
    async def agents_changed() -> None:
        await prompts.sync()

    async def offer_tool(made: NewAgent, task_description: str) -> None:
        """Where a tool would help the new agent, make one (or find one); say what happened either way."""
        try:
            found = await generate(app.toolsmith, Generator(app.llm), task_description, None)
        except GenesisError as err:
            made.tool_note = f"no tool made: {err.message}"
            return
        if found.created is not None:
            await registry.sync()
            made.tool = found.created.tool.name
        elif found.reused is not None:
            made.tool = found.reused.name
        made.tool_note = found.message

    @mcp.tool(
        description="Store a plan as a task DAG. Give `tasks` (your own decomposition: id, description, task_type, "
        "required_capabilities, depends_on, parent) or let the server decompose the request. Returns the layers "
        "and the tasks that are ready."
    )
    @tool_errors
    async def plan_task(
        request: Annotated[str, Field(min_length=1, max_length=MAX_REQUEST)],
        tasks: Annotated[list[TaskSpec] | None, Field(description="Optional client-made decomposition.")] = None,
    ) -> PlanView:
        return plan_view(await app.orchestrator.plan_task(request, tasks))

    @mcp.tool(
        description="Change a plan: add tasks, remove tasks, mark tasks started, complete or failed (failing blocks "
        "every dependent). All or nothing. Returns the plan and the tasks that are ready now."
    )
    @tool_errors
    async def update_plan(
        plan_id: Annotated[str, Field(min_length=1, max_length=64)],
        add: list[TaskSpec] = [],  # noqa: B006
        remove: list[str] = [],  # noqa: B006
        complete: list[str] = [],  # noqa: B006
        fail: list[str] = [],  # noqa: B006
        start: Annotated[list[str], Field(description="Tasks now running (they count toward agents' load).")] = [],  # noqa: B006
        reasons: Annotated[dict[str, str], Field(description="Why a failed task failed, by id.")] = {},  # noqa: B006
    ) -> UpdateResult:
        if not (add or remove or complete or fail or start):
            raise InvalidInput("nothing to change: give add, remove, start, complete or fail", argument="plan_id")
        plan, summary = await app.orchestrator.update_plan(
            plan_id, add=add, remove=remove, complete=complete, fail=fail, start=start, reasons=reasons or None
        )
        return UpdateResult(plan=plan_view(plan), summary=summary)

    @mcp.tool(
        description="Pick the best agent for a task, with an explanation and the runners-up. A plain description "
        "is enough. When no agent covers the work and create_if_unroutable is true, a specialised agent is "
        "created (and later tasks of that kind reach it)."
    )
    @tool_errors
    async def route_task(
        description: Annotated[str, Field(min_length=1, max_length=4000)],
        task_type: TaskType | None = None,
        required_capabilities: Capabilities = [],  # noqa: B006
        create_if_unroutable: bool = True,
    ) -> RouteResult:
        query = TaskQuery(description=description, task_type=task_type, required_capabilities=required_capabilities)
        decision, created, design = await app.orchestrator.route_task(query, create_if_unroutable=create_if_unroutable)
        made = None
        if created is not None and design is not None:
            await agents_changed()
            made = new_agent(created, design)
            await offer_tool(made, description)
        return RouteResult(
            agent=decision.agent,
            explanation=decision.explanation,
            alternatives=decision.alternatives,
            created=created is not None,
            new_agent=made,
            unroutable=decision.unroutable,
            saturated=decision.saturated,
            reason=decision.reason,
            task_type=decision.task_type,
        )

    @mcp.tool(
        description="Route every open task of a plan: agent, explanation, model tier and cost per task, agents "
        "created for work nobody covers, and the saving against sending everything to the strongest tier."
    )
    @tool_errors
    async def route_plan(
        plan_id: Annotated[str, Field(min_length=1, max_length=64)], create_if_unroutable: bool = True
    ) -> PlanRouteResult:
        plan, routing, report, created = await app.orchestrator.route_plan(
            plan_id, create_if_unroutable=create_if_unroutable
        )
        new_agents = [new_agent(agent, design) for agent, design, _ in created]
        if created:
            await agents_changed()
            for made, (_, _, task_description) in zip(new_agents, created, strict=True):
                await offer_tool(made, task_description)
        assessed = {a.task_id: a for a in report.per_task}
        rows = []
        for task in plan.tasks:
            decision = routing.decisions.get(task.id)
            if decision is None:
                continue
            cost = assessed.get(task.id)
            rows.append(
                TaskRoute(
                    task_id=task.id,
                    description=task.description,
                    agent=decision.agent,
                    method=decision.explanation.method,
                    explanation=decision.explanation.summary,
                    alternatives=[f"{c.agent} ({c.total:.2f})" for c in decision.alternatives[:3]],
                    tier=cost.tier if cost else None,
                    model=cost.model if cost else None,
                    difficulty=cost.difficulty if cost else None,
                    cost=cost.cost if cost else None,
                )
            )
        return PlanRouteResult(
            plan_id=plan.plan_id,
            tasks=rows,
            created_agents=new_agents,
            unroutable=routing.unroutable,
            saturated=routing.saturated,
            estimated_cost=report.estimated_cost,
            cost_if_all_strong=report.cost_if_all_strong,
            saving=report.saving,
        )

    @mcp.tool(
        description="Check a routed plan: solvable, complete, non-redundant, a quality score (mean per task), the "
        "estimated cost and the saving from model tiers, and every issue naming its tasks."
    )
    @tool_errors
    async def validate_plan(plan_id: Annotated[str, Field(min_length=1, max_length=64)]) -> ValidationReport:
        _, report = await app.orchestrator.validate_plan(plan_id)
        return report

    @mcp.tool(
        description="Create a specialised agent for a kind of task (scraping, API integration, analytics, "
        "monitoring, data transformation, or anything else); where a tool would help, one is made or reused."
    )
    @tool_errors
    async def create_agent(
        task_description: Annotated[str, Field(min_length=3, max_length=4000)],
        task_type: TaskType | None = None,
        with_tool: Annotated[bool, Field(description="Also make (or find) a tool for this kind of work.")] = True,
    ) -> NewAgent:
        agent, design = await app.orchestrator.create_agent(task_description, task_type)
        await agents_changed()
        result = new_agent(agent, design)
        if with_tool:
            await offer_tool(result, task_description)
        return result

    @mcp.tool(description="Fetch, update, clone, retire or restore an agent.")
    @tool_errors
    async def manage_agent(
        name: AgentName,
        action: Literal["get", "update", "clone", "retire", "restore"],
        new_name: Annotated[AgentName | None, Field(description="For clone: the copy's name.")] = None,
        capabilities: Annotated[Capabilities | None, Field(min_length=1)] = None,
        description: Annotated[str | None, Field(max_length=4000)] = None,
        system_prompt: Annotated[str | None, Field(max_length=20_000)] = None,
        cost_per_call: Annotated[float | None, Field(ge=0, le=1_000_000)] = None,
        max_concurrency: Annotated[int | None, Field(ge=1, le=10_000)] = None,
    ) -> AgentResult:
        agents = app.agents
        current = await agents.get(name)
        changes = {
            k: v
            for k, v in {
                "capabilities": capabilities,
                "description": description,
                "system_prompt": system_prompt,
                "cost_per_call": cost_per_call,
                "max_concurrency": max_concurrency,
            }.items()
            if v is not None
        }
        if action == "get":
            return AgentResult(agent=current, message=f"{name} ({current.status})")
        if action == "update":
            if not changes:
                raise InvalidInput("nothing to update: give a field to change", argument="action")
            agent, _ = await agents.register(
                revise_agent(current, **changes), replace=True, created_by=current.created_by
            )
            message = f"updated {', '.join(sorted(changes))}"
        elif action == "clone":
            if new_name is None:
                raise InvalidInput("clone needs `new_name`", argument="new_name")
            taken = [a.name for a in await agents.list(include_retired=True)]
            copy = clone_agent(current, new_name, taken, **changes)
            agent, _ = await agents.register(copy, created_by=current.created_by)
            message = f"cloned {name} as {agent.name}"
        else:
            agent = await agents.set_status(name, "retired" if action == "retire" else "active")
            message = f"{name} is {agent.status}"
        await agents_changed()
        return AgentResult(agent=agent, message=message)

    @mcp.resource("genesis://plans", name="plans", mime_type="application/json", description="Every plan, newest last.")
    async def plans_resource() -> str:
        return json.dumps(await app.orchestrator.plans.summaries(), indent=2)

    @mcp.resource(
        "genesis://plans/{plan_id}", name="plan", mime_type="application/json", description="A plan with its tasks."
    )
    async def plan_resource(plan_id: str) -> str:
        plan, _ = await app.orchestrator.plans.get(plan_id)
        return plan_view(plan).model_dump_json(indent=2)

    @mcp.resource(
        "genesis://rules",
        name="rules",
        mime_type="application/json",
        description="The routing rules in force, their file, and the last reload error.",
    )
    async def rules_resource() -> str:
        state = app.orchestrator.rules
        app.orchestrator.current_rules()
        return json.dumps(
            {
                "path": str(state.path) if state.path else None,
                "rules": state.rules.model_dump(mode="json") if state.rules else None,
                "error": state.error,
            },
            indent=2,
        )
