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
    (
        "0002_tools",
        """
        CREATE TABLE tools (
            name            TEXT PRIMARY KEY,
            status          TEXT NOT NULL CHECK (status IN ('active', 'retired')),
            active_version  INTEGER,                -- NULL while retired
            status_reason   TEXT,
            call_count      INTEGER NOT NULL DEFAULT 0,
            last_used_at    TEXT NOT NULL,          -- least recently used is retired first at the cap
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        );
        CREATE TABLE tool_versions (
            name            TEXT NOT NULL REFERENCES tools(name),
            version         INTEGER NOT NULL CHECK (version >= 1),
            content_hash    TEXT NOT NULL,          -- sha256 of source + schemas + description
            description     TEXT NOT NULL,
            source          TEXT NOT NULL,
            entry           TEXT NOT NULL,
            input_schema    TEXT NOT NULL,
            output_schema   TEXT NOT NULL,
            tests           TEXT NOT NULL,
            permissions     TEXT NOT NULL,
            timeout_s       REAL NOT NULL,
            provenance      TEXT NOT NULL,
            check_report    TEXT NOT NULL,
            test_results    TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            PRIMARY KEY (name, version),
            UNIQUE (name, content_hash)
        );
        -- A version is what was checked and tested: it never changes afterwards.
        CREATE TRIGGER tool_versions_are_immutable BEFORE UPDATE ON tool_versions
        BEGIN SELECT RAISE(ABORT, 'tool versions are immutable'); END;
        CREATE TRIGGER tool_versions_are_kept BEFORE DELETE ON tool_versions
        BEGIN SELECT RAISE(ABORT, 'tool versions are kept'); END;
        CREATE TABLE audit_log (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            at          TEXT NOT NULL,
            action      TEXT NOT NULL,              -- create, reject, retire, rollback, evict, call, recheck
            tool        TEXT,
            version     INTEGER,
            ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
            detail      TEXT NOT NULL DEFAULT '{}'  -- JSON
        );
        CREATE INDEX audit_by_tool ON audit_log (tool, id);
        """,
    ),
    (
        "0003_plans_and_routing",
        """
        CREATE TABLE plans (
            plan_id     TEXT PRIMARY KEY,
            request     TEXT NOT NULL,
            document    TEXT NOT NULL,              -- the whole Plan as JSON (tasks, statuses, notes)
            finished    INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        -- One row per task of every plan, kept in step with the document: load is counted from it.
        CREATE TABLE plan_tasks (
            plan_id     TEXT NOT NULL REFERENCES plans(plan_id) ON DELETE CASCADE,
            task_id     TEXT NOT NULL,
            agent       TEXT,
            status      TEXT NOT NULL,
            PRIMARY KEY (plan_id, task_id)
        );
        CREATE INDEX plan_tasks_by_agent ON plan_tasks (agent, status);
        -- Descriptions of tasks routed to each agent: what it has done, for matching later sentences.
        CREATE TABLE routed_tasks (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            agent       TEXT NOT NULL,
            task_type   TEXT NOT NULL,
            description TEXT NOT NULL,
            routed_at   TEXT NOT NULL
        );
        CREATE INDEX routed_tasks_by_agent ON routed_tasks (agent, id);
        """,
    ),
)
