"""The SQLite store: one aiosqlite connection per process, WAL, foreign keys, one writer at a time.

The database is the source of truth. Several server processes may open the same file (each desktop host
starts its own server over stdio); WAL lets them read while one writes, and ``busy_timeout`` makes a
writer wait its turn instead of failing.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from genesis_mcp.errors import NotADatabase, SchemaTooNew, StoreError
from genesis_mcp.store.migrations import MIGRATIONS

__all__ = ["Store", "utcnow"]

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _inspect_file(path: Path) -> None:
    """Refuse a file that is not SQLite, before SQLite (or WAL mode) can touch it."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabase(f"{path} is a directory, not a SQLite database file", argument="db")
    with path.open("rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if head and head != _SQLITE_MAGIC:
        raise NotADatabase(
            f"{path} is not a SQLite database (it starts with {head[:8]!r}); "
            "point GENESIS_MCP_DB at another file or move this one away",
            argument="db",
        )


class Store:
    """An open database. Use :meth:`open`; close with :meth:`close` or ``async with``."""

    def __init__(self, path: Path, conn: aiosqlite.Connection) -> None:
        self.path = path
        self._conn = conn
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> Store:
        """Open (creating if needed) and migrate the database at ``path``.

        Raises :class:`NotADatabase` or :class:`SchemaTooNew` and leaves the file untouched.
        """
        path = Path(path)
        _inspect_file(path)
        created = not path.exists()
        if created:
            # The data directory and file hold agents, tools and outcomes: owner-only.
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            os.close(fd)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        store = cls(path, conn)
        try:
            await store._check_version()
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA foreign_keys=ON")
            await conn.execute("PRAGMA busy_timeout=10000")
            await conn.execute("PRAGMA synchronous=NORMAL")
            await store._migrate()
        except sqlite3.DatabaseError as exc:
            await conn.close()
            raise NotADatabase(f"{path} cannot be used as a database: {exc}", argument="db") from exc
        except BaseException:
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        await self._conn.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _check_version(self) -> None:
        version = (await self.fetchone("PRAGMA user_version"))[0]
        known = {name for name, _ in MIGRATIONS}
        if version > len(MIGRATIONS):
            raise SchemaTooNew(
                f"{self.path} has schema version {version}, newer than this genesis-mcp knows "
                f"({len(MIGRATIONS)}); upgrade genesis-mcp or use another file",
                argument="db",
            )
        has_table = await self.fetchmaybe(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        )
        if has_table:
            unknown = [r[0] for r in await self.fetchall("SELECT name FROM schema_migrations") if r[0] not in known]
            if unknown:
                raise SchemaTooNew(
                    f"{self.path} has migrations this genesis-mcp does not know ({', '.join(unknown)}); "
                    "upgrade genesis-mcp or use another file",
                    argument="db",
                )

    async def _migrate(self) -> None:
        async with self.transaction() as db:
            await db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {r[0] for r in await (await db.execute("SELECT name FROM schema_migrations")).fetchall()}
            for name, sql in MIGRATIONS:
                if name in done:
                    continue
                log.info("applying migration %s", name)
                for statement in _split_sql(sql):
                    await db.execute(statement)
                await db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, utcnow()))
            await db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction: everything inside commits together or not at all.

        ``BEGIN IMMEDIATE`` takes the write lock at once, so two processes never interleave half-done writes.
        """
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            else:
                await self._conn.execute("COMMIT")

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        async with self._conn.execute(sql, params) as cur:
            return list(await cur.fetchall())

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row:
        async with self._conn.execute(sql, params) as cur:
            row = await cur.fetchone()
        if row is None:
            raise StoreError(f"query returned no row: {sql}")
        return row

    async def fetchmaybe(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        async with self._conn.execute(sql, params) as cur:
            return await cur.fetchone()

    async def data_version(self) -> int:
        """Changes whenever another connection commits; cheap enough to poll every second."""
        return int((await self.fetchone("PRAGMA data_version"))[0])

    async def last_change(self) -> int:
        return int((await self.fetchone("SELECT COALESCE(MAX(id), 0) FROM changes"))[0])

    async def changes_since(self, change_id: int) -> list[sqlite3.Row]:
        return await self.fetchall("SELECT id, kind, subject FROM changes WHERE id > ? ORDER BY id", (change_id,))

    @staticmethod
    async def note_change(db: aiosqlite.Connection, kind: str, subject: str | None = None) -> None:
        """Record, inside the caller's transaction, that ``kind`` changed (other processes poll this)."""
        await db.execute("INSERT INTO changes (kind, subject, changed_at) VALUES (?, ?, ?)", (kind, subject, utcnow()))


def _split_sql(script: str) -> Iterable[str]:
    """Statements of a migration, so each runs inside our transaction (executescript would commit)."""
    buf: list[str] = []
    for line in script.splitlines():
        stripped = line.split("--", 1)[0].rstrip()
        if not stripped:
            continue
        buf.append(stripped)
        candidate = "\n".join(buf)
        if stripped.endswith(";") and sqlite3.complete_statement(candidate):
            yield candidate
            buf = []
    if "".join(buf).strip():
        yield "\n".join(buf)
