"""Estimates learned from recorded outcomes: what routing and validation expect of an agent on a task type.

Each estimate is a posterior mean with a weak prior, so one lucky outcome does not crown an agent:
success ~ Beta(1 + successes, 1 + failures); quality, cost and duration are means shrunk toward a prior
(quality 0.5) by ``PRIOR_WEIGHT`` pseudo-observations. An agent's record on other task types backs an
estimate for a type it has not done yet, at half weight. Everything is rebuilt from the outcomes table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from genesis_mcp.routing import Estimate
from genesis_mcp.store import Store

__all__ = ["OutcomeEstimates", "load_estimates"]

PRIOR_WEIGHT = 2.0
PRIOR_QUALITY = 0.5


@dataclass
class _Sums:
    """Counts and sums; floats, because evidence from other task types counts at half weight."""

    n: float = 0.0
    ok: float = 0.0
    quality_n: float = 0.0
    quality: float = 0.0
    cost_n: float = 0.0
    cost: float = 0.0
    duration_n: float = 0.0
    duration: float = 0.0

    def add(self, other: _Sums, weight: float = 1.0) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name) * weight)


class OutcomeEstimates:
    """An :class:`~genesis_mcp.routing.EstimateSource` over a snapshot of the outcomes table."""

    def __init__(self, by_type: dict[tuple[str, str], _Sums]) -> None:
        self._by_type = by_type
        self._by_agent: dict[str, _Sums] = defaultdict(_Sums)
        type_n: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for (agent, task_type), sums in by_type.items():
            self._by_agent[agent].add(sums)
            type_n[task_type][0] += sums.n
            type_n[task_type][1] += sums.n - sums.ok
        self.failure_rates = {t: failed / n for t, (n, failed) in type_n.items() if n}
        self._cache: dict[tuple[str, str], Estimate] = {}

    @property
    def total(self) -> int:
        return int(sum(s.n for s in self._by_type.values()))

    def estimate(self, agent: str, task_type: str) -> Estimate:
        key = (agent, task_type)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        sums = _Sums()
        exact = self._by_type.get(key)
        if exact is not None:
            sums.add(exact)
        overall = self._by_agent.get(agent)
        if overall is not None:  # the agent's record on other task types, at half weight
            sums.add(_minus(overall, exact) if exact is not None else overall, 0.5)
        estimate = Estimate(
            success=(1 + sums.ok) / (2 + sums.n),
            quality=(sums.quality + PRIOR_QUALITY * PRIOR_WEIGHT) / (sums.quality_n + PRIOR_WEIGHT),
            cost=(sums.cost / sums.cost_n) if sums.cost_n else None,
            duration_s=(sums.duration / sums.duration_n) if sums.duration_n else None,
            observations=int(exact.n) if exact is not None else 0,
        )
        self._cache[key] = estimate
        return estimate


def _minus(a: _Sums, b: _Sums) -> _Sums:
    out = _Sums()
    out.add(a)
    out.add(b, -1.0)
    return out


async def load_estimates(store: Store) -> OutcomeEstimates:
    rows = await store.fetchall(
        "SELECT agent, task_type, COUNT(*), SUM(success), COUNT(quality), COALESCE(SUM(quality), 0),"
        " COUNT(cost), COALESCE(SUM(cost), 0), COUNT(duration_s), COALESCE(SUM(duration_s), 0)"
        " FROM outcomes GROUP BY agent, task_type"
    )
    return OutcomeEstimates(
        {
            (r[0], r[1]): _Sums(
                n=r[2], ok=r[3], quality_n=r[4], quality=r[5], cost_n=r[6], cost=r[7], duration_n=r[8], duration=r[9]
            )
            for r in rows
        }
    )
