"""Agents in the store: register, fetch, list, update, retire."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from genesis_mcp.agents.models import Agent, AgentSpec
from genesis_mcp.errors import Conflict, NotFound
from genesis_mcp.store import Store, utcnow

__all__ = ["AgentRepository"]

_COLUMNS = (
    "name, capabilities, cost_per_call, description, system_prompt, agent_type, max_concurrency, "
    "status, created_by, created_at, updated_at"
)


def _row_to_agent(row: sqlite3.Row) -> Agent:
    data: dict[str, Any] = dict(row)
    data["capabilities"] = json.loads(data["capabilities"])
    data["created_at"] = datetime.fromisoformat(data["created_at"])
    data["updated_at"] = datetime.fromisoformat(data["updated_at"])
    return Agent.model_validate(data)


class AgentRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    async def register(
        self, spec: AgentSpec, *, replace: bool = False, created_by: str = "client"
    ) -> tuple[Agent, bool]:
        """Store ``spec``; returns the agent and whether an existing one was replaced.

        A taken name raises :class:`Conflict` unless ``replace`` is true; replacing keeps the agent's
        history (outcomes) and creation time, and brings a retired agent back.
        """
        now = utcnow()
        async with self._store.transaction() as db:
            async with db.execute("SELECT created_at FROM agents WHERE name = ?", (spec.name,)) as cur:
                existing = await cur.fetchone()
            if existing is not None and not replace:
                raise Conflict(
                    f"an agent named '{spec.name}' already exists; pass replace=true to update it",
                    argument="name",
                )
            created_at = existing[0] if existing is not None else now
            await db.execute(
                f"INSERT OR REPLACE INTO agents ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)",
                (
                    spec.name,
                    json.dumps(spec.capabilities),
                    spec.cost_per_call,
                    spec.description,
                    spec.system_prompt,
                    spec.agent_type,
                    spec.max_concurrency,
                    created_by,
                    created_at,
                    now,
                ),
            )
            await Store.note_change(db, "agents", spec.name)
        return await self.get(spec.name), existing is not None

    async def get(self, name: str) -> Agent:
        row = await self._store.fetchmaybe(f"SELECT {_COLUMNS} FROM agents WHERE name = ?", (name,))
        if row is None:
            raise NotFound(f"no agent named '{name}'", argument="name")
        return _row_to_agent(row)

    async def list(self, *, include_retired: bool = False) -> list[Agent]:
        where = "" if include_retired else "WHERE status = 'active'"
        rows = await self._store.fetchall(f"SELECT {_COLUMNS} FROM agents {where} ORDER BY name")
        return [_row_to_agent(r) for r in rows]

    async def existing_names(self, names: set[str]) -> set[str]:
        if not names:
            return set()
        marks = ",".join("?" * len(names))
        rows = await self._store.fetchall(f"SELECT name FROM agents WHERE name IN ({marks})", tuple(names))
        return {r[0] for r in rows}

    async def set_status(self, name: str, status: str) -> Agent:
        async with self._store.transaction() as db:
            cur = await db.execute(
                "UPDATE agents SET status = ?, updated_at = ? WHERE name = ?", (status, utcnow(), name)
            )
            if cur.rowcount == 0:
                raise NotFound(f"no agent named '{name}'", argument="name")
            await Store.note_change(db, "agents", name)
        return await self.get(name)
