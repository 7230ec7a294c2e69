"""Named, append-only schema migrations.

Never edit or reorder an entry once it has shipped: add a new one at the end. The store records each
applied name in ``schema_migrations`` and sets ``PRAGMA user_version`` to how many it applied, so a
file written by a newer genesis-mcp (more migrations, or names we do not know) is refused untouched.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_agents_and_outcomes",
        """
        CREATE TABLE agents (
            name            TEXT PRIMARY KEY,
            capabilities    TEXT NOT NULL,          -- JSON list of normalised capability names
            cost_per_call   REAL NOT NULL DEFAULT 0 CHECK (cost_per_call >= 0),
            description     TEXT NOT NULL DEFAULT '',
            system_prompt   TEXT NOT NULL DEFAULT '',
            agent_type      TEXT NOT NULL DEFAULT 'general',
            max_concurrency INTEGER NOT NULL DEFAULT 4 CHECK (max_concurrency >= 1),
            status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
            created_by      TEXT NOT NULL DEFAULT 'client',
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        );
        CREATE TABLE outcomes (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            agent       TEXT NOT NULL REFERENCES agents(name) ON UPDATE CASCADE,
            task_type   TEXT NOT NULL,
            success     INTEGER NOT NULL CHECK (success IN (0, 1)),
            quality     REAL CHECK (quality IS NULL OR (quality >= 0 AND quality <= 1)),
            cost        REAL CHECK (cost IS NULL OR cost >= 0),
            duration_s  REAL CHECK (duration_s IS NULL OR duration_s >= 0),
            task_id     TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX outcomes_by_agent_type ON outcomes (agent, task_type);
        -- One row per change any process makes; other processes poll MAX(id) to notice changes cheaply.
        CREATE TABLE changes (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            kind       TEXT NOT NULL,               -- 'agents', 'outcomes', 'tools', ...
            subject    TEXT,
            changed_at TEXT NOT NULL
        );
        """,
    ),
)
