"""What routing returns: the decision, its explanation in words and numbers, and the runners-up."""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from genesis_mcp.validators import Capabilities, TaskType

__all__ = ["Candidate", "Explanation", "Method", "Routable", "RoutingDecision", "TaskQuery"]

Method = Literal["rule", "capabilities", "text", "none"]


class Routable(Protocol):
    """Anything with a description, an optional type and required capabilities (a plan task, a query)."""

    @property
    def description(self) -> str: ...

    @property
    def task_type(self) -> str | None: ...

    @property
    def required_capabilities(self) -> list[str]: ...


class TaskQuery(BaseModel):
    """A task to route on its own (what ``route_task`` receives)."""

    model_config = ConfigDict(extra="forbid")

    description: str = Field(min_length=1, max_length=4000)
    task_type: TaskType | None = None
    required_capabilities: Capabilities = Field(default_factory=list)


class Candidate(BaseModel):
    """One agent's scores for a task; ``total`` decides among candidates."""

    agent: str
    text_score: float = Field(description="BM25-style match of the task's words and concepts with the agent.")
    coverage: float = Field(description="Share of the task's information the agent shows, 0 to 1.")
    relevance: float = Field(description="0.5 x text_score relative to the best + 0.5 x coverage.")
    success: float = Field(description="Estimated success probability (learning seam; neutral 0.5).")
    observations: int = Field(default=0, description="Recorded outcomes behind the estimate.")
    load: int = Field(default=0, description="Tasks it is running now.")
    max_concurrency: int = 1
    cost: float = Field(default=0.0, description="Expected dollars per task.")
    total: float = Field(description="relevance x (0.75 + 0.25 x success) - load penalty - cost penalty.")
    matched: list[str] = Field(default_factory=list, description="The words and concepts that matched most.")


class Explanation(BaseModel):
    """Why the decision was made, in a sentence and in numbers."""

    method: Method
    summary: str
    rule: str | None = Field(default=None, description="The rule that fired, if one did.")
    scores: Candidate | None = Field(default=None, description="The chosen agent's scores.")
    skipped: list[str] = Field(default_factory=list, description="Agents or rules passed over, and why.")


class RoutingDecision(BaseModel):
    """The outcome of routing one task.

    ``agent`` is None when ``unroutable`` (no agent can do this kind of work: create one) or when every
    able agent is at its concurrency limit (``saturated``: try again later or raise a limit).
    """

    agent: str | None
    unroutable: bool = False
    saturated: bool = False
    reason: str
    task_type: str = Field(description="The task type used (given, or inferred from the description).")
    explanation: Explanation
    alternatives: list[Candidate] = Field(default_factory=list, description="Runners-up, best first.")
    missing_capabilities: list[str] = Field(default_factory=list)
    uncovered_concepts: list[str] = Field(
        default_factory=list,
        description="Kinds of work in the task that no agent shows (unroutable tasks; else: that the chosen agent "
        "does not show). Pass them to design_agent.",
    )
