"""Shared fixtures. Every test gets its own data directory through GENESIS_MCP_DB, never the user's."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from genesis_mcp.app import Genesis
from genesis_mcp.config import Settings
from genesis_mcp.server import build_server


@pytest.fixture(autouse=True)
def isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every setting that could reach the user's machine at a temporary directory."""
    db = tmp_path / "state" / "genesis.db"
    monkeypatch.setenv("GENESIS_MCP_DB", str(db))
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("GENESIS_MCP_TOKEN", raising=False)
    monkeypatch.delenv("GENESIS_MCP_RULES", raising=False)
    yield db


@pytest.fixture
def connect(isolated_state: Path, request: pytest.FixtureRequest) -> Callable[..., AbstractAsyncContextManager[Client]]:
    """``async with connect(mode) as client``: an in-memory MCP client on a fresh server over the test's db.

    Opened inside the test (not in a fixture) because pytest-asyncio tears fixtures down in another task,
    which anyio's cancel scopes refuse. ``mode`` is "auto" (2026-07-28) or "legacy" (2025-11-25).
    """

    def factory(mode: str = "auto", app: Genesis | None = None, **client_options: object) -> Any:
        genesis = app or Genesis(Settings.load(), sandbox=request.getfixturevalue("shared_sandbox"))
        server = build_server(genesis)

        @asynccontextmanager
        async def opened() -> AsyncIterator[Client]:
            async with Client(server, mode=mode, **client_options) as client:  # type: ignore[arg-type]
                yield client

        return opened()

    return factory


class _PoolOnItsOwnLoop:
    """The real sandbox pool, started once per test session on a loop of its own thread.

    pytest-asyncio gives each test its own event loop, and a pool's worker pipes belong to the loop that
    started them; hosting the pool on one long-lived loop lets every test share it (starting a pool runs
    the escape self-test, which is worth doing once, not per test).
    """

    def __init__(self) -> None:
        import asyncio
        import threading

        from genesis_mcp.app import preload_modules
        from genesis_mcp.safety import DEFAULT_POLICY
        from sandbox import Pool, PoolConfig

        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="sandbox-loop", daemon=True)
        self._thread.start()
        self.pool = Pool(PoolConfig(workers=2, preload_modules=preload_modules(DEFAULT_POLICY)))
        asyncio.run_coroutine_threadsafe(self.pool.start(), self._loop).result(timeout=120)

    async def run(self, source: str, entry: str, args: dict[str, Any], timeout: float = 2.0) -> Any:
        import asyncio

        future = asyncio.run_coroutine_threadsafe(self.pool.run(source, entry, args, timeout), self._loop)
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        import asyncio

        asyncio.run_coroutine_threadsafe(self.pool.close(), self._loop).result(timeout=60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[_PoolOnItsOwnLoop]:
    pool = _PoolOnItsOwnLoop()
    try:
        yield pool
    finally:
        pool.close()
