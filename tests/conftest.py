"""Shared fixtures. Every test gets its own data directory through GENESIS_MCP_DB, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every setting that could reach the user's machine at a temporary directory."""
    db = tmp_path / "state" / "genesis.db"
    monkeypatch.setenv("GENESIS_MCP_DB", str(db))
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("GENESIS_MCP_TOKEN", raising=False)
    monkeypatch.delenv("GENESIS_MCP_RULES", raising=False)
    yield db
