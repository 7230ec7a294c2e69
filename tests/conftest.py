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
def connect(isolated_state: Path) -> Callable[..., AbstractAsyncContextManager[Client]]:
    """``async with connect(mode) as client``: an in-memory MCP client on a fresh server over the test's db.

    Opened inside the test (not in a fixture) because pytest-asyncio tears fixtures down in another task,
    which anyio's cancel scopes refuse. ``mode`` is "auto" (2026-07-28) or "legacy" (2025-11-25).
    """

    def factory(mode: str = "auto", app: Genesis | None = None, **client_options: object) -> Any:
        genesis = app or Genesis(Settings.load())
        server = build_server(genesis)

        @asynccontextmanager
        async def opened() -> AsyncIterator[Client]:
            async with Client(server, mode=mode, **client_options) as client:  # type: ignore[arg-type]
                yield client

        return opened()

    return factory
