"""The README and examples must not drift from the code: this fails the build when they do."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mcp import Client, StdioServerParameters

from genesis_mcp.cli import build_parser
from genesis_mcp.config import ENV_VARS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ |\Z)", README, flags=re.M | re.S)
    assert match, f"README has no section '{title}'"
    return match.group(1)


def _table_first_column(section: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"^\| `([^`]+)` \|", section, flags=re.M)}


def _json_blocks(section: str) -> list[Any]:
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", section, flags=re.S)]


async def test_every_static_tool_is_in_the_readme_tools_table_and_nothing_else(connect: Any) -> None:
    async with connect() as client:
        tools = {t.name for t in (await client.list_tools()).tools}
    assert _table_first_column(_section("Tools")) == tools


def test_every_setting_is_in_the_readme_settings_table_and_nothing_else() -> None:
    assert _table_first_column(_section("Settings")) == set(ENV_VARS)


def test_every_cli_command_is_in_the_readme() -> None:
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    documented = _section("Command line")
    for name in commands:
        assert f"`genesis-mcp {name}" in documented, name


def test_the_host_config_snippets_are_valid_json_with_command_args_env() -> None:
    blocks = _json_blocks(_section("Connect it to your MCP host"))
    assert len(blocks) == 4
    for block in blocks:
        servers = block.get("mcpServers") or block["servers"]
        entry = servers["genesis"]
        assert entry["command"].endswith("/.venv/bin/genesis-mcp")
        assert entry["args"] == ["serve"]
        assert isinstance(entry["env"], dict)


@pytest.mark.slow
async def test_the_claude_desktop_snippet_starts_the_server(isolated_state: Path) -> None:
    entry = _json_blocks(_section("Connect it to your MCP host"))[0]["mcpServers"]["genesis"]
    command = entry["command"].replace("/path/to/genesis-mcp/.venv/bin", str(Path(sys.executable).parent))
    env = {**entry["env"], "GENESIS_MCP_DB": str(isolated_state)}
    if "PYTHONPATH" in os.environ:  # a checkout run without installing it
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    params = StdioServerParameters(command=command, args=entry["args"], env=env)
    async with Client(params, mode="legacy") as client:
        tools = await client.list_tools()
    assert "register_agent" in {t.name for t in tools.tools}


EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_script_runs(example: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(example)],
        env={"GENESIS_MCP_DB": str(tmp_path / "example.db"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip()


@pytest.mark.slow
def test_the_demo_tells_its_story(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "genesis_mcp", "demo"],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for line in ("A team of agents registers", "is refused", "overall success"):
        assert line in proc.stdout
