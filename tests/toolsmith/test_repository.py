"""Tool versions are immutable, the active one is explicit, the cap retires the least recently used."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from genesis_mcp.errors import Conflict, NotFound
from genesis_mcp.store import Store
from genesis_mcp.toolsmith.repository import ToolRepository, content_hash


def _version(name: str, source: str = "def run(x: int) -> int:\n    return x\n") -> dict[str, Any]:
    schema_in = {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}
    schema_out = {"type": "integer"}
    return {
        "name": name,
        "content_hash": content_hash(
            source=source, description="d", input_schema=schema_in, output_schema=schema_out, entry="run"
        ),
        "description": "d",
        "source": source,
        "entry": "run",
        "input_schema": schema_in,
        "output_schema": schema_out,
        "tests": [{"args": {"x": 1}, "expected": 1}],
        "permissions": [],
        "timeout_s": 2.0,
        "provenance": {"author": "client"},
        "check_report": {"safe": True, "findings": []},
        "test_results": [],
    }


async def test_publishing_twice_makes_version_two_the_active_one(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "g.db") as store:
        repo = ToolRepository(store)
        v1, _ = await repo.publish(_version("adder"), max_active=5)
        v2, _ = await repo.publish(_version("adder", "def run(x: int) -> int:\n    return x + 1\n"), max_active=5)
        record = await repo.record("adder")
        assert (v1.version, v2.version) == (1, 2)
        assert record is not None and record.active_version == 2
        assert [v.version for v in await repo.versions("adder")] == [1, 2]


async def test_a_stored_version_cannot_be_edited_or_deleted(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    async with await Store.open(path) as store:
        await ToolRepository(store).publish(_version("adder"), max_active=5)
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            conn.execute("UPDATE tool_versions SET source = 'evil' WHERE name = 'adder'")
        with pytest.raises(sqlite3.IntegrityError, match="kept"):
            conn.execute("DELETE FROM tool_versions WHERE name = 'adder'")
    finally:
        conn.close()


async def test_the_cap_retires_the_least_recently_used_tool_and_says_so(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "g.db") as store:
        repo = ToolRepository(store)
        for name in ("aaa", "bbb", "ccc"):
            await repo.publish(_version(name), max_active=3)
        await repo.record_call("aaa", 1, True, {})  # aaa is now the most recently used
        _, evicted = await repo.publish(_version("ddd"), max_active=3)
        assert evicted == ["bbb"]
        bbb = await repo.record("bbb")
        assert bbb is not None and bbb.status == "retired" and "least recently used" in (bbb.status_reason or "")
        assert {v.name for v in await repo.active()} == {"aaa", "ccc", "ddd"}
        actions = [(a.action, a.tool) for a in await repo.audit_rows("bbb")]
        assert ("evict", "bbb") in actions


async def test_retiring_then_activating_an_earlier_version_rolls_back(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "g.db") as store:
        repo = ToolRepository(store)
        await repo.publish(_version("adder"), max_active=5)
        await repo.publish(_version("adder", "def run(x: int) -> int:\n    return 2 * x\n"), max_active=5)
        retired = await repo.retire("adder", reason="test")
        assert (retired.status, retired.active_version) == ("retired", None)
        with pytest.raises(Conflict):
            await repo.retire("adder", reason="again")
        record, _ = await repo.activate("adder", 1, max_active=5)
        assert (record.status, record.active_version) == ("active", 1)
        with pytest.raises(NotFound):
            await repo.activate("adder", 9, max_active=5)


async def test_every_call_is_counted_and_audited(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "g.db") as store:
        repo = ToolRepository(store)
        await repo.publish(_version("adder"), max_active=5)
        await repo.record_call("adder", 1, True, {"ms": 2})
        await repo.record_call("adder", 1, False, {"error_type": "ValueError"})
        record = await repo.record("adder")
        rows = await repo.audit_rows("adder")
    assert record is not None and record.call_count == 2
    assert [(r.action, r.ok) for r in rows] == [("call", False), ("call", True), ("create", True)]
