"""Plans in the store: the whole plan as one JSON document, plus one row per task for counting load."""

from __future__ import annotations

from collections.abc import Iterable

from genesis_mcp.errors import Conflict, NotFound
from genesis_mcp.planning import Plan
from genesis_mcp.store import Store, utcnow

__all__ = ["PlanRepository"]


def _finished(plan: Plan) -> bool:
    return all(t.status in ("done", "failed", "blocked") for t in plan.tasks)


class PlanRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    async def insert(self, plan: Plan) -> None:
        now = utcnow()
        async with self._store.transaction() as db:
            await db.execute(
                "INSERT INTO plans (plan_id, request, document, finished, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (plan.plan_id, plan.request, plan.model_dump_json(), int(_finished(plan)), now, now),
            )
            await db.executemany(
                "INSERT INTO plan_tasks (plan_id, task_id, agent, status) VALUES (?, ?, ?, ?)",
                [(plan.plan_id, t.id, t.agent, t.status) for t in plan.tasks],
            )
            await Store.note_change(db, "plans", plan.plan_id)

    async def get(self, plan_id: str) -> tuple[Plan, str]:
        """The plan and its revision stamp (pass it back to :meth:`replace`)."""
        row = await self._store.fetchmaybe("SELECT document, updated_at FROM plans WHERE plan_id = ?", (plan_id,))
        if row is None:
            raise NotFound(f"no plan with id '{plan_id}'", argument="plan_id")
        return Plan.model_validate_json(row[0]), row[1]

    async def replace(self, plan: Plan, revision: str) -> None:
        """Write ``plan`` over the stored one, unless someone else changed it since ``revision`` was read."""
        now = utcnow()
        async with self._store.transaction() as db:
            cur = await db.execute(
                "UPDATE plans SET document = ?, finished = ?, updated_at = ? WHERE plan_id = ? AND updated_at = ?",
                (plan.model_dump_json(), int(_finished(plan)), now, plan.plan_id, revision),
            )
            if cur.rowcount == 0:
                raise Conflict(
                    f"plan '{plan.plan_id}' was changed by someone else meanwhile; read it again and retry",
                    argument="plan_id",
                )
            await db.execute("DELETE FROM plan_tasks WHERE plan_id = ?", (plan.plan_id,))
            await db.executemany(
                "INSERT INTO plan_tasks (plan_id, task_id, agent, status) VALUES (?, ?, ?, ?)",
                [(plan.plan_id, t.id, t.agent, t.status) for t in plan.tasks],
            )
            await Store.note_change(db, "plans", plan.plan_id)

    async def running_load(self, *, exclude_plan: str | None = None) -> dict[str, int]:
        """Tasks each agent is running now, across unfinished plans."""
        rows = await self._store.fetchall(
            "SELECT pt.agent, COUNT(*) FROM plan_tasks pt JOIN plans p ON p.plan_id = pt.plan_id"
            " WHERE p.finished = 0 AND pt.status = 'running' AND pt.agent IS NOT NULL AND pt.plan_id != ?"
            " GROUP BY pt.agent",
            (exclude_plan or "",),
        )
        return {r[0]: r[1] for r in rows}

    async def summaries(self) -> list[dict[str, object]]:
        rows = await self._store.fetchall(
            "SELECT p.plan_id, p.request, p.finished, p.created_at, p.updated_at, COUNT(t.task_id) AS tasks,"
            " SUM(t.status = 'done') AS done FROM plans p LEFT JOIN plan_tasks t ON t.plan_id = p.plan_id"
            " GROUP BY p.plan_id ORDER BY p.created_at"
        )
        return [
            {
                "plan_id": r["plan_id"],
                "request": r["request"][:200],
                "finished": bool(r["finished"]),
                "tasks": r["tasks"],
                "done": r["done"] or 0,
                "created_at": r["created_at"],
                "updated_at": r["updated_at"],
            }
            for r in rows
        ]

    async def record_routed(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """Remember (agent, task_type, description) of confidently routed tasks, for text matching later."""
        rows = [(agent, task_type, description, utcnow()) for agent, task_type, description in entries]
        if not rows:
            return
        async with self._store.transaction() as db:
            await db.executemany(
                "INSERT INTO routed_tasks (agent, task_type, description, routed_at) VALUES (?, ?, ?, ?)", rows
            )

    async def history(self, per_agent: int = 30) -> dict[str, list[str]]:
        rows = await self._store.fetchall(
            "SELECT agent, description FROM (SELECT agent, description, ROW_NUMBER() OVER"
            " (PARTITION BY agent ORDER BY id DESC) AS k FROM routed_tasks) WHERE k <= ?",
            (per_agent,),
        )
        out: dict[str, list[str]] = {}
        for agent, description in rows:
            out.setdefault(agent, []).append(description)
        return out

    async def history_size(self) -> int:
        return int((await self._store.fetchone("SELECT COALESCE(MAX(id), 0) FROM routed_tasks"))[0])
