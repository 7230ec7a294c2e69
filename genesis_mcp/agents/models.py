"""The agent format: what a client registers (AgentSpec) and what the store returns (Agent)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from genesis_mcp.validators import AgentName, Capabilities

__all__ = ["Agent", "AgentSpec", "AgentStatus"]

AgentStatus = Literal["active", "retired"]


class AgentSpec(BaseModel):
    """An agent as a client describes it."""

    model_config = ConfigDict(extra="forbid")

    name: AgentName = Field(description="Unique name, e.g. 'data-analyst'.")
    capabilities: Capabilities = Field(
        description="What it can do, e.g. ['sql', 'statistics']; normalised to lower_snake_case."
    )
    cost_per_call: float = Field(default=0.0, ge=0, le=1_000_000, description="Cost of one call, in dollars.")
    description: str = Field(default="", max_length=4000, description="What it is for, in a sentence or two.")
    system_prompt: str = Field(default="", max_length=20_000, description="The prompt that sets it up.")
    agent_type: str = Field(
        default="general", min_length=1, max_length=64, description="A kind of agent, e.g. 'analytics'."
    )
    max_concurrency: int = Field(default=4, ge=1, le=10_000, description="Tasks it may run at once.")


class Agent(AgentSpec):
    """An agent as stored."""

    model_config = ConfigDict(extra="forbid")

    status: AgentStatus = "active"
    created_by: str = Field(default="client", description="'client', or 'genesis' for agents the server made.")
    created_at: datetime
    updated_at: datetime
