"""End to end over stdio: create a tool, hear about it, call it, restart, call again; two processes, one database."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client, StdioServerParameters, types
from support import ERAS

pytestmark = pytest.mark.slow

SOURCE = '''
def word_count(text: str) -> int:
    """How many words the text has."""
    return len(text.split())
'''
TOOL = {
    "name": "word_count",
    "description": "Count the words of a text.",
    "source": SOURCE,
    "tests": [{"args": {"text": "a b c"}, "expected": 3}, {"args": {"text": ""}, "expected": 0}],
}


def _server(db: Path, **env: str) -> StdioServerParameters:
    script = Path(sys.executable).parent / "genesis-mcp"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "genesis_mcp"]
    base = {"GENESIS_MCP_DB": str(db), "PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/")}
    if "PYTHONPATH" in os.environ:  # a checkout run without installing it
        base["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return StdioServerParameters(command=command[0], args=[*command[1:], "serve"], env={**base, **env})


@ERAS
async def test_a_tool_created_over_stdio_is_announced_listed_called_and_survives_a_restart(
    isolated_state: Path, mode: str
) -> None:
    heard: list[Any] = []

    async def on_message(message: Any) -> None:
        heard.append(message)

    async with Client(_server(isolated_state), mode=mode, message_handler=on_message) as client:
        if mode == "legacy":
            created = await client.call_tool("create_tool", TOOL)
        else:
            async with client.listen(tools_list_changed=True) as events:
                created = await client.call_tool("create_tool", TOOL)
                with anyio.fail_after(10):
                    heard.append(await events.__anext__())
        assert not created.is_error, created.content[0].text
        listed = {t.name for t in (await client.list_tools()).tools}
        first = await client.call_tool("word_count", {"text": "one two three four"})
    if mode == "legacy":
        assert any(isinstance(m, types.ToolListChangedNotification) for m in heard)
    else:
        assert any(type(m).__name__ == "ToolsListChanged" for m in heard)
    assert "word_count" in listed
    assert first.structured_content == {"result": 4}

    async with Client(_server(isolated_state), mode=mode) as client:
        again = await client.call_tool("word_count", {"text": "still here"})
    assert again.structured_content == {"result": 2}


async def test_a_tool_created_in_one_process_reaches_the_clients_of_another(isolated_state: Path) -> None:
    fast = {"GENESIS_MCP_WATCH_INTERVAL": "0.2"}
    legacy_heard: list[Any] = []

    async def on_message(message: Any) -> None:
        legacy_heard.append(message)

    async with (
        Client(_server(isolated_state, **fast)) as creator,
        Client(_server(isolated_state, **fast)) as watcher,
        Client(_server(isolated_state, **fast), mode="legacy", message_handler=on_message) as legacy_watcher,
    ):
        await legacy_watcher.list_tools()
        async with watcher.listen(tools_list_changed=True) as events:
            created = await creator.call_tool("create_tool", TOOL)
            assert not created.is_error, created.content[0].text
            with anyio.fail_after(10):
                event = await events.__anext__()
        assert type(event).__name__ == "ToolsListChanged"
        names = {t.name for t in (await watcher.list_tools()).tools}
        called = await watcher.call_tool("word_count", {"text": "from the other process"})
        with anyio.fail_after(10):
            while not any(isinstance(m, types.ToolListChangedNotification) for m in legacy_heard):
                await anyio.sleep(0.05)
        legacy_called = await legacy_watcher.call_tool("word_count", {"text": "x"})
    assert "word_count" in names
    assert called.structured_content == {"result": 4}
    assert legacy_called.structured_content == {"result": 1}


async def test_on_restart_a_tool_that_no_longer_passes_the_checker_stays_retired_with_the_reason(
    isolated_state: Path,
) -> None:
    async with Client(_server(isolated_state)) as client:
        assert not (await client.call_tool("create_tool", TOOL)).is_error
    # Simulate a stricter policy (or a tampered file): the stored source now imports os.
    # Versions are immutable by trigger, so the test drops the trigger the way an attacker with file access could.
    with sqlite3.connect(isolated_state) as conn:
        conn.execute("DROP TRIGGER tool_versions_are_immutable")
        conn.execute("UPDATE tool_versions SET source = 'import os\n' || source WHERE name = 'word_count'")
    conn.close()
    async with Client(_server(isolated_state)) as client:
        names = {t.name for t in (await client.list_tools()).tools}
        record = await client.read_resource("genesis://tools/word_count")
    assert "word_count" not in names
    assert '"status": "retired"' in record.contents[0].text
    assert "no longer passes the safety check" in record.contents[0].text
