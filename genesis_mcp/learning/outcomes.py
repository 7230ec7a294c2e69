"""Recorded outcomes and the statistics computed from them."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genesis_mcp.errors import InvalidInput, NotFound, TooLarge
from genesis_mcp.learning.models import Outcome
from genesis_mcp.store import Store, utcnow

__all__ = ["MAX_OUTCOMES_PER_CALL", "OutcomeLog", "RecordedOutcome", "Statistics", "TypeStats"]

MAX_OUTCOMES_PER_CALL = 1000


class RecordedOutcome(Outcome):
    id: int
    recorded_at: str


class TypeStats(BaseModel):
    agent: str
    task_type: str
    count: int
    successes: int
    success_rate: float = Field(description="Share of recorded tasks that succeeded.")
    mean_quality: float | None
    mean_cost: float | None
    mean_duration_s: float | None


class Statistics(BaseModel):
    total_outcomes: int
    overall_success_rate: float | None
    by_agent_and_type: list[TypeStats]


class OutcomeLog:
    def __init__(self, store: Store) -> None:
        self._store = store

    async def record(self, outcomes: list[Outcome]) -> list[RecordedOutcome]:
        """Write every outcome in one transaction, or none of them.

        Raises :class:`NotFound` naming the first outcome whose agent is not registered.
        """
        if not outcomes:
            raise InvalidInput("give at least one outcome", argument="outcomes")
        if len(outcomes) > MAX_OUTCOMES_PER_CALL:
            raise TooLarge(
                f"{len(outcomes)} outcomes in one call; the limit is {MAX_OUTCOMES_PER_CALL}", argument="outcomes"
            )
        recorded: list[RecordedOutcome] = []
        async with self._store.transaction() as db:
            names = {o.agent for o in outcomes}
            marks = ",".join("?" * len(names))
            async with db.execute(f"SELECT name FROM agents WHERE name IN ({marks})", tuple(names)) as cur:
                known = {r[0] for r in await cur.fetchall()}
            for i, o in enumerate(outcomes):
                if o.agent not in known:
                    where = "agent" if len(outcomes) == 1 else f"outcomes[{i}].agent"
                    raise NotFound(f"no agent named '{o.agent}'; register it with register_agent first", argument=where)
            now = utcnow()
            for o in outcomes:
                cur = await db.execute(
                    "INSERT INTO outcomes (agent, task_type, success, quality, cost, duration_s, task_id, recorded_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (o.agent, o.task_type, int(o.success), o.quality, o.cost, o.duration_s, o.task_id, now),
                )
                assert cur.lastrowid is not None
                recorded.append(RecordedOutcome(**o.model_dump(), id=cur.lastrowid, recorded_at=now))
            await Store.note_change(db, "outcomes")
        return recorded

    async def statistics(self, *, agent: str | None = None, task_type: str | None = None) -> Statistics:
        where, params = [], []
        if agent is not None:
            where.append("agent = ?")
            params.append(agent)
        if task_type is not None:
            where.append("task_type = ?")
            params.append(task_type.strip().lower())
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = await self._store.fetchall(
            "SELECT agent, task_type, COUNT(*) AS n, SUM(success) AS ok, AVG(quality) AS q, AVG(cost) AS c,"
            f" AVG(duration_s) AS d FROM outcomes {clause} GROUP BY agent, task_type ORDER BY agent, task_type",
            params,
        )
        stats = [
            TypeStats(
                agent=r["agent"],
                task_type=r["task_type"],
                count=r["n"],
                successes=r["ok"],
                success_rate=r["ok"] / r["n"],
                mean_quality=r["q"],
                mean_cost=r["c"],
                mean_duration_s=r["d"],
            )
            for r in rows
        ]
        total = sum(s.count for s in stats)
        ok = sum(s.successes for s in stats)
        return Statistics(
            total_outcomes=total,
            overall_success_rate=(ok / total) if total else None,
            by_agent_and_type=stats,
        )
