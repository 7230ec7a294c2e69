"""The learning seam: what is expected of an agent on a kind of task.

Routing and validation read estimates only through :class:`EstimateSource`. Until outcomes are recorded
(the learning issue), :class:`NeutralEstimates` answers with the same priors for every agent, so they
never change a decision; a learned source returns posterior means and how many outcomes back them.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Estimate", "EstimateSource", "NeutralEstimates", "StaticEstimates"]


class Estimate(BaseModel):
    """Expected outcome of one agent on one task type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    success: float = Field(ge=0, le=1, description="Probability that the task succeeds.")
    quality: float = Field(ge=0, le=1, description="Expected quality of the result, 0 to 1.")
    cost: float | None = Field(default=None, ge=0, description="Expected dollars per task; None: the agent's price.")
    duration_s: float | None = Field(default=None, ge=0, description="Expected seconds; None: unknown.")
    observations: int = Field(default=0, ge=0, description="How many recorded outcomes back this estimate.")


@runtime_checkable
class EstimateSource(Protocol):
    """Anything that can estimate an agent's outcome on a task type (``task_type`` may be "general")."""

    def estimate(self, agent: str, task_type: str) -> Estimate: ...


class NeutralEstimates:
    """The same prior for everyone: success 0.5, quality 0.5, cost from the agent, duration unknown."""

    def __init__(self, success: float = 0.5, quality: float = 0.5) -> None:
        self._prior = Estimate(success=success, quality=quality)

    def estimate(self, agent: str, task_type: str) -> Estimate:
        return self._prior


class StaticEstimates:
    """Fixed estimates per (agent, task_type), per agent (task type "*"), else a neutral prior.

    Useful in tests and for clients that know their agents' track records.
    """

    def __init__(self, table: dict[tuple[str, str], Estimate], default: EstimateSource | None = None) -> None:
        self._table = dict(table)
        self._default = default or NeutralEstimates()

    def estimate(self, agent: str, task_type: str) -> Estimate:
        found = self._table.get((agent, task_type)) or self._table.get((agent, "*"))
        return found if found is not None else self._default.estimate(agent, task_type)
