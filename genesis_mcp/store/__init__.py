"""Persistence: SQLite through aiosqlite, the source of truth for every process."""

from genesis_mcp.store.db import Store, utcnow

__all__ = ["Store", "utcnow"]
