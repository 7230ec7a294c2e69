"""Static tools for agents and outcomes: register_agent, record_outcome, get_statistics."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from mcp.server.mcpserver import MCPServer
from pydantic import BaseModel, Field

from genesis_mcp.agents.models import Agent, AgentSpec
from genesis_mcp.app import Genesis
from genesis_mcp.errors import InvalidInput
from genesis_mcp.learning.models import Outcome
from genesis_mcp.learning.outcomes import RecordedOutcome, Statistics
from genesis_mcp.server.errors import tool_errors
from genesis_mcp.server.notify import Announcer
from genesis_mcp.validators import AgentName, Capabilities, TaskType

__all__ = ["RecordOutcomeResult", "RegisterAgentResult", "register_core_tools"]


class RegisterAgentResult(BaseModel):
    agent: Agent
    replaced: bool = Field(description="True when an agent of that name existed and was updated.")


class RecordOutcomeResult(BaseModel):
    recorded: list[RecordedOutcome]
    count: int


def register_core_tools(
    mcp: MCPServer, app: Genesis, announcer: Announcer, agents_changed: Callable[[], Awaitable[object]]
) -> None:
    @mcp.tool(description="Register an agent (name, capabilities, cost) so that tasks can be routed to it.")
    @tool_errors
    async def register_agent(
        name: Annotated[AgentName, Field(description="Unique name, e.g. 'data-analyst'.")],
        capabilities: Annotated[
            Capabilities, Field(min_length=1, description="What it can do, e.g. ['sql', 'statistics'].")
        ],
        cost_per_call: Annotated[float, Field(ge=0, le=1_000_000, description="Dollars per call.")] = 0.0,
        description: Annotated[str, Field(max_length=4000)] = "",
        system_prompt: Annotated[str, Field(max_length=20_000)] = "",
        agent_type: Annotated[str, Field(min_length=1, max_length=64)] = "general",
        max_concurrency: Annotated[int, Field(ge=1, le=10_000)] = 4,
        replace: Annotated[bool, Field(description="Update the agent if the name is taken.")] = False,
    ) -> RegisterAgentResult:
        spec = AgentSpec(
            name=name,
            capabilities=capabilities,
            cost_per_call=cost_per_call,
            description=description,
            system_prompt=system_prompt,
            agent_type=agent_type,
            max_concurrency=max_concurrency,
        )
        agent, replaced = await app.agents.register(spec, replace=replace)
        await agents_changed()
        await announcer.resources_changed()
        return RegisterAgentResult(agent=agent, replaced=replaced)

    @mcp.tool(
        description="Record how a task went (one outcome, or a list in `outcomes`, all written together). "
        "Routing and quality scores learn from these."
    )
    @tool_errors
    async def record_outcome(
        agent: AgentName | None = None,
        task_type: TaskType | None = None,
        success: bool | None = None,
        quality: Annotated[float | None, Field(ge=0, le=1, description="0 to 1.")] = None,
        cost: Annotated[float | None, Field(ge=0, le=1_000_000, description="Dollars.")] = None,
        duration_s: Annotated[float | None, Field(ge=0, le=31_536_000)] = None,
        task_id: Annotated[str | None, Field(min_length=1, max_length=200)] = None,
        outcomes: Annotated[
            list[Outcome] | None, Field(max_length=1000, description="Several outcomes at once, instead.")
        ] = None,
    ) -> RecordOutcomeResult:
        single = {
            "agent": agent,
            "task_type": task_type,
            "success": success,
            "quality": quality,
            "cost": cost,
            "duration_s": duration_s,
            "task_id": task_id,
        }
        given = {k: v for k, v in single.items() if v is not None}
        if outcomes is not None:
            if given:
                raise InvalidInput(
                    f"give either `outcomes` or one outcome's fields, not both (also got {sorted(given)})",
                    argument="outcomes",
                )
            batch = outcomes
        else:
            for required in ("agent", "task_type", "success"):
                if single[required] is None:
                    raise InvalidInput(f"'{required}' is required (or pass a list in `outcomes`)", argument=required)
            batch = [Outcome.model_validate(given)]
        recorded = await app.outcomes.record(batch)
        await announcer.resources_changed()
        return RecordOutcomeResult(recorded=recorded, count=len(recorded))

    @mcp.tool(description="Success rates, quality, cost and duration per agent and task type, from recorded outcomes.")
    @tool_errors
    async def get_statistics(
        agent: Annotated[AgentName | None, Field(description="Only this agent.")] = None,
        task_type: Annotated[TaskType | None, Field(description="Only this task type.")] = None,
    ) -> Statistics:
        if agent is not None:
            await app.agents.get(agent)  # NotFound for an unknown name, rather than empty statistics
        return await app.outcomes.statistics(agent=agent, task_type=task_type)
