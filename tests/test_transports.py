"""The real thing: `genesis-mcp serve` as a subprocess over stdio and over HTTP, with the official client."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from support import ERAS

pytestmark = pytest.mark.slow

TOKEN = "a-test-token-of-32-characters-xx"


def _command() -> list[str]:
    script = Path(sys.executable).parent / "genesis-mcp"
    return [str(script)] if script.exists() else [sys.executable, "-m", "genesis_mcp"]


def _env(db: Path, **extra: str) -> dict[str, str]:
    env = {"GENESIS_MCP_DB": str(db), "PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/")}
    if "PYTHONPATH" in os.environ:  # a checkout run without installing it
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    env.update(extra)
    return env


def _stdio(db: Path) -> StdioServerParameters:
    command = _command()
    return StdioServerParameters(command=command[0], args=[*command[1:], "serve"], env=_env(db))


@ERAS
async def test_serve_over_stdio_answers_the_official_client(isolated_state: Path, mode: str) -> None:
    async with Client(_stdio(isolated_state), mode=mode) as client:
        names = {t.name for t in (await client.list_tools()).tools}
        result = await client.call_tool("register_agent", {"name": "a", "capabilities": ["x"]})
        if mode == "legacy":
            assert client.server_capabilities.tools.list_changed is True
    assert {"register_agent", "record_outcome", "get_statistics"} <= names
    assert not result.is_error


async def test_outcomes_survive_a_server_restart(isolated_state: Path) -> None:
    async with Client(_stdio(isolated_state)) as client:
        await client.call_tool("register_agent", {"name": "a", "capabilities": ["x"]})
        recorded = await client.call_tool(
            "record_outcome", {"agent": "a", "task_type": "t", "success": True, "quality": 0.75}
        )
        assert not recorded.is_error
    async with Client(_stdio(isolated_state), mode="legacy") as client:
        stats = (await client.call_tool("get_statistics", {})).structured_content
    assert stats["total_outcomes"] == 1
    assert stats["by_agent_and_type"][0]["mean_quality"] == 0.75


def test_serve_refuses_a_file_that_is_not_sqlite_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "photo.db"
    db.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    before = db.read_bytes()
    proc = subprocess.run(
        [*_command(), "serve"], env=_env(db), capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )
    assert proc.returncode == 1
    assert "not a SQLite database" in proc.stderr
    assert proc.stdout == ""
    assert db.read_bytes() == before


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_listening(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Bounded wait for the port to accept connections; fail with the server's log if it exits first."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"HTTP server exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"HTTP server did not listen within 30 s:\n{log.read_text()}")


@contextlib.contextmanager
def _http_server(db: Path, *args: str, **env: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = _free_port()
    log = db.parent / f"http-{port}.log"
    db.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [*_command(), "serve", "--http", "--port", str(port), *args],
            env=_env(db, **env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        _wait_until_listening(port, proc, log)
        yield f"http://127.0.0.1:{port}/mcp", proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.asynccontextmanager
async def _http_client(url: str, token: str | None, mode: str) -> AsyncIterator[Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30)) as http,
        Client(streamable_http_client(url, http_client=http), mode=mode) as client,  # type: ignore[arg-type]
    ):
        yield client


@ERAS
async def test_serve_over_http_on_loopback_answers_without_a_token(isolated_state: Path, mode: str) -> None:
    with _http_server(isolated_state) as (url, _):
        async with _http_client(url, None, mode) as client:
            result = await client.call_tool("register_agent", {"name": "web", "capabilities": ["http"]})
    assert not result.is_error


@ERAS
async def test_http_with_a_token_configured_requires_it_on_every_request(isolated_state: Path, mode: str) -> None:
    with _http_server(isolated_state, GENESIS_MCP_TOKEN=TOKEN) as (url, _):
        async with httpx2.AsyncClient() as raw:
            body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
            missing = await raw.post(url, json=body, headers={"Accept": "application/json, text/event-stream"})
            wrong = await raw.post(
                url,
                json=body,
                headers={"Accept": "application/json, text/event-stream", "Authorization": "Bearer wrong-token"},
            )
        async with _http_client(url, TOKEN, mode) as client:
            result = await client.call_tool("get_statistics", {})
    assert missing.status_code == 401
    assert wrong.status_code == 401
    assert not result.is_error


def test_http_on_a_non_loopback_host_refuses_to_start_without_a_token(tmp_path: Path) -> None:
    proc = subprocess.run(
        [*_command(), "serve", "--http", "--host", "0.0.0.0", "--port", str(_free_port())],
        env=_env(tmp_path / "g.db"),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert "GENESIS_MCP_TOKEN" in proc.stderr


def test_python_dash_m_works_like_the_command(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "genesis_mcp", "db", "path"],
        env=_env(tmp_path / "where.db"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert proc.stdout.strip() == str(tmp_path / "where.db")


def test_the_console_script_is_installed() -> None:
    assert shutil.which("genesis-mcp", path=str(Path(sys.executable).parent)) is not None
