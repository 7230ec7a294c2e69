"""Tools in the store: immutable versions, which one is active, call counts, and the audit log."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any, Literal

import aiosqlite
from pydantic import BaseModel, Field

from genesis_mcp.errors import Conflict, NotFound
from genesis_mcp.store import Store, utcnow

__all__ = ["AuditRow", "ToolRecord", "ToolRepository", "ToolVersion", "content_hash"]

AuditAction = Literal["create", "reject", "retire", "rollback", "evict", "call", "recheck"]


def content_hash(*, source: str, description: str, input_schema: Any, output_schema: Any, entry: str) -> str:
    """Identity of a version: the same code, schemas and description always hash the same."""
    blob = json.dumps(
        {"source": source, "description": description, "input": input_schema, "output": output_schema, "entry": entry},
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(blob.encode()).hexdigest()


class ToolVersion(BaseModel):
    name: str
    version: int
    content_hash: str
    description: str
    source: str
    entry: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any]
    tests: list[dict[str, Any]]
    permissions: list[str]
    timeout_s: float
    provenance: dict[str, Any]
    check_report: dict[str, Any]
    test_results: list[dict[str, Any]]
    created_at: str


class ToolRecord(BaseModel):
    name: str
    status: Literal["active", "retired"]
    active_version: int | None
    status_reason: str | None
    call_count: int
    last_used_at: str
    created_at: str
    updated_at: str


class AuditRow(BaseModel):
    id: int
    at: str
    action: str
    tool: str | None
    version: int | None
    ok: bool
    detail: dict[str, Any] = Field(default_factory=dict)


_JSON_COLUMNS = ("input_schema", "output_schema", "tests", "permissions", "provenance", "check_report", "test_results")


def _version(row: sqlite3.Row) -> ToolVersion:
    data = dict(row)
    for col in _JSON_COLUMNS:
        data[col] = json.loads(data[col])
    return ToolVersion.model_validate(data)


async def _audit(db: aiosqlite.Connection, action: AuditAction, tool: str | None, version: int | None, ok: bool,
                 detail: dict[str, Any] | None = None) -> None:  # fmt: skip
    await db.execute(
        "INSERT INTO audit_log (at, action, tool, version, ok, detail) VALUES (?, ?, ?, ?, ?, ?)",
        (utcnow(), action, tool, version, int(ok), json.dumps(detail or {}, default=str)),
    )


class ToolRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    async def record(self, name: str) -> ToolRecord | None:
        row = await self._store.fetchmaybe("SELECT * FROM tools WHERE name = ?", (name,))
        return ToolRecord.model_validate(dict(row)) if row else None

    async def records(self) -> list[ToolRecord]:
        rows = await self._store.fetchall("SELECT * FROM tools ORDER BY name")
        return [ToolRecord.model_validate(dict(r)) for r in rows]

    async def version(self, name: str, version: int) -> ToolVersion:
        row = await self._store.fetchmaybe(
            "SELECT * FROM tool_versions WHERE name = ? AND version = ?", (name, version)
        )
        if row is None:
            raise NotFound(f"tool '{name}' has no version {version}", argument="version")
        return _version(row)

    async def versions(self, name: str) -> list[ToolVersion]:
        rows = await self._store.fetchall("SELECT * FROM tool_versions WHERE name = ? ORDER BY version", (name,))
        return [_version(r) for r in rows]

    async def active(self) -> list[ToolVersion]:
        rows = await self._store.fetchall(
            "SELECT v.* FROM tools t JOIN tool_versions v ON v.name = t.name AND v.version = t.active_version"
            " WHERE t.status = 'active' ORDER BY t.name"
        )
        return [_version(r) for r in rows]

    async def active_hashes(self) -> dict[str, tuple[int, str]]:
        """name -> (active version, content hash): cheap enough to compare on every change."""
        rows = await self._store.fetchall(
            "SELECT t.name, v.version, v.content_hash FROM tools t JOIN tool_versions v"
            " ON v.name = t.name AND v.version = t.active_version WHERE t.status = 'active'"
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    async def find_hash(self, name: str, digest: str) -> ToolVersion | None:
        row = await self._store.fetchmaybe(
            "SELECT * FROM tool_versions WHERE name = ? AND content_hash = ?", (name, digest)
        )
        return _version(row) if row else None

    async def publish(self, version: dict[str, Any], *, max_active: int) -> tuple[ToolVersion, list[str]]:
        """Store a new version and make it the active one, in one transaction with its audit row.

        When that makes more than ``max_active`` tools active, the least recently used others are retired
        (and audited as evictions); their names are returned.
        """
        name, now = version["name"], utcnow()
        async with self._store.transaction() as db:
            async with db.execute("SELECT COALESCE(MAX(version), 0) FROM tool_versions WHERE name = ?", (name,)) as c:
                number = int((await c.fetchone())[0]) + 1  # type: ignore[index]
            await db.execute(
                "INSERT INTO tools (name, status, active_version, call_count, last_used_at, created_at, updated_at)"
                " VALUES (?, 'active', ?, 0, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET status = 'active',"
                " active_version = excluded.active_version, status_reason = NULL, last_used_at = excluded.last_used_at,"
                " updated_at = excluded.updated_at",
                (name, number, now, now, now),
            )
            row = {**version, "version": number, "created_at": now}
            for col in _JSON_COLUMNS:
                row[col] = json.dumps(row[col], default=str)
            cols = ", ".join(row)
            await db.execute(
                f"INSERT INTO tool_versions ({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
            )
            await _audit(db, "create", name, number, True, {"content_hash": version["content_hash"]})
            evicted = await self._evict(db, keep=name, max_active=max_active)
            await Store.note_change(db, "tools", name)
        return await self.version(name, number), evicted

    async def _evict(self, db: aiosqlite.Connection, *, keep: str, max_active: int) -> list[str]:
        async with db.execute(
            "SELECT name FROM tools WHERE status = 'active' AND name != ? ORDER BY last_used_at, name", (keep,)
        ) as cur:
            others = [r[0] for r in await cur.fetchall()]
        excess = len(others) + 1 - max_active
        evicted = others[: max(excess, 0)]
        for victim in evicted:
            reason = f"retired to stay within {max_active} active tools (least recently used)"
            await db.execute(
                "UPDATE tools SET status = 'retired', active_version = NULL, status_reason = ?, updated_at = ?"
                " WHERE name = ?",
                (reason, utcnow(), victim),
            )
            await _audit(db, "evict", victim, None, True, {"reason": reason, "for": keep})
        return evicted

    async def retire(self, name: str, *, reason: str, action: AuditAction = "retire") -> ToolRecord:
        async with self._store.transaction() as db:
            cur = await db.execute(
                "UPDATE tools SET status = 'retired', active_version = NULL, status_reason = ?, updated_at = ?"
                " WHERE name = ? AND status = 'active'",
                (reason, utcnow(), name),
            )
            if cur.rowcount == 0:
                raise Conflict(f"tool '{name}' is not active", argument="name")
            await _audit(db, action, name, None, action != "recheck", {"reason": reason})
            await Store.note_change(db, "tools", name)
        record = await self.record(name)
        assert record is not None
        return record

    async def activate(self, name: str, version: int, *, max_active: int) -> tuple[ToolRecord, list[str]]:
        """Make an existing version the active one (a rollback, or bringing a retired tool back)."""
        await self.version(name, version)  # NotFound when there is no such version
        async with self._store.transaction() as db:
            now = utcnow()
            await db.execute(
                "UPDATE tools SET status = 'active', active_version = ?, status_reason = NULL, last_used_at = ?,"
                " updated_at = ? WHERE name = ?",
                (version, now, now, name),
            )
            await _audit(db, "rollback", name, version, True, {})
            evicted = await self._evict(db, keep=name, max_active=max_active)
            await Store.note_change(db, "tools", name)
        record = await self.record(name)
        assert record is not None
        return record, evicted

    async def record_call(self, name: str, version: int, ok: bool, detail: dict[str, Any]) -> None:
        async with self._store.transaction() as db:
            await db.execute(
                "UPDATE tools SET call_count = call_count + 1, last_used_at = ? WHERE name = ?", (utcnow(), name)
            )
            await _audit(db, "call", name, version, ok, detail)

    async def audit(self, action: AuditAction, tool: str | None, ok: bool, detail: dict[str, Any]) -> None:
        async with self._store.transaction() as db:
            await _audit(db, action, tool, None, ok, detail)

    async def audit_rows(self, tool: str | None = None, *, limit: int = 100) -> list[AuditRow]:
        where, params = ("WHERE tool = ?", (tool, limit)) if tool else ("", (limit,))
        rows = await self._store.fetchall(f"SELECT * FROM audit_log {where} ORDER BY id DESC LIMIT ?", params)
        return [AuditRow.model_validate({**dict(r), "detail": json.loads(r["detail"])}) for r in rows]
