"""Fixtures of the sandbox tests: a module-wide "server" and one warm pool per mode.

The escape tests run against ``bwrap="require"`` and ``bwrap="off"``. The bubblewrap leg skips
only where bubblewrap cannot create its namespaces, and fails there instead when
SANDBOX_TESTS_REQUIRE_BWRAP=1 (meant for CI, where it must run).
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from sandbox_support import MODES, Server, skip_without_bwrap

from sandbox import Pool, SandboxError


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("server"))
    yield srv
    srv.close()


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=MODES, ids=["bwrap", "no-bwrap"])
async def pool(request: pytest.FixtureRequest, server: Server) -> AsyncIterator[Pool]:
    mode = request.param
    if shutil.which("bwrap") is None:
        skip_without_bwrap(mode, reason="bubblewrap is not installed (Debian: apt-get install bubblewrap)")
    p = Pool(server.config(mode))
    try:
        await p.start()
    except SandboxError as exc:
        skip_without_bwrap(mode, exc)
        raise
    yield p
    await p.close()


@pytest.fixture
def work_root(tmp_path: Path) -> Path:
    root = tmp_path / "work"
    root.mkdir()
    return root
