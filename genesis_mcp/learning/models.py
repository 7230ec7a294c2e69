"""The outcome format: what happened when an agent did a task."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from genesis_mcp.validators import AgentName, TaskType

__all__ = ["Outcome"]


class Outcome(BaseModel):
    """One finished task, as reported by the client."""

    model_config = ConfigDict(extra="forbid")

    agent: AgentName = Field(description="The registered agent that did the task.")
    task_type: TaskType = Field(description="The kind of task, e.g. 'analytics'.")
    success: bool = Field(description="Whether the task succeeded.")
    quality: float | None = Field(default=None, ge=0, le=1, description="Quality of the result, 0 to 1.")
    cost: float | None = Field(default=None, ge=0, le=1_000_000, description="What it cost, in dollars.")
    duration_s: float | None = Field(default=None, ge=0, le=31_536_000, description="How long it took.")
    task_id: str | None = Field(default=None, min_length=1, max_length=200, description="The task, if any.")
