"""The SQLite store: migrations, refusal of foreign files, durability, permissions."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.agents.repository import AgentRepository
from genesis_mcp.errors import NotADatabase, SchemaTooNew
from genesis_mcp.learning.models import Outcome
from genesis_mcp.learning.outcomes import OutcomeLog
from genesis_mcp.store import Store
from genesis_mcp.store.migrations import MIGRATIONS


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def test_a_new_database_records_every_migration_by_name(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "g.db") as store:
        names = [r[0] for r in await store.fetchall("SELECT name FROM schema_migrations ORDER BY name")]
        version = (await store.fetchone("PRAGMA user_version"))[0]
    assert names == [name for name, _ in MIGRATIONS]
    assert version == len(MIGRATIONS)


async def test_the_database_runs_in_wal_mode_with_foreign_keys_on(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "g.db") as store:
        assert (await store.fetchone("PRAGMA journal_mode"))[0] == "wal"
        assert (await store.fetchone("PRAGMA foreign_keys"))[0] == 1


async def test_opening_twice_applies_nothing_new(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    async with await Store.open(path):
        pass
    async with await Store.open(path) as store:
        count = (await store.fetchone("SELECT COUNT(*) FROM schema_migrations"))[0]
    assert count == len(MIGRATIONS)


async def test_the_data_directory_and_file_are_private_to_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "dir" / "g.db"
    async with await Store.open(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


async def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    before = _digest(path)
    with pytest.raises(NotADatabase) as info:
        await Store.open(path)
    assert "not a SQLite database" in info.value.message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


async def test_a_database_from_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    async with await Store.open(path):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', 'later')")
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    before = _digest(path)
    with pytest.raises(SchemaTooNew):
        await Store.open(path)
    assert _digest(path) == before


async def test_unknown_migration_names_alone_mark_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    async with await Store.open(path):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('0002_something_else', 'later')")
    conn.close()
    with pytest.raises(SchemaTooNew):
        await Store.open(path)


async def test_a_directory_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase):
        await Store.open(tmp_path)


async def test_agents_and_outcomes_survive_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    async with await Store.open(path) as store:
        await AgentRepository(store).register(AgentSpec(name="a", capabilities=["x"]))
        await OutcomeLog(store).record([Outcome(agent="a", task_type="t", success=True, quality=0.5)])
    async with await Store.open(path) as store:
        agent = await AgentRepository(store).get("a")
        stats = await OutcomeLog(store).statistics()
    assert agent.capabilities == ["x"]
    assert stats.total_outcomes == 1


async def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "g.db") as store:
        with pytest.raises(RuntimeError):
            async with store.transaction() as db:
                await db.execute(
                    "INSERT INTO agents (name, capabilities, created_at, updated_at) VALUES ('x', '[]', 'n', 'n')"
                )
                raise RuntimeError("boom")
        assert (await store.fetchone("SELECT COUNT(*) FROM agents"))[0] == 0


async def test_two_connections_see_each_others_commits_through_data_version(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    async with await Store.open(path) as one, await Store.open(path) as two:
        before = await two.data_version()
        seen_change = await two.last_change()
        await AgentRepository(one).register(AgentSpec(name="a", capabilities=["x"]))
        assert await two.data_version() != before
        changes = await two.changes_since(seen_change)
    assert [(c["kind"], c["subject"]) for c in changes] == [("agents", "a")]
