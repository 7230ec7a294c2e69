"""Helpers for the sandbox tests: the "server" being attacked and a view of the process tree.

(Named so that it cannot clash with the top-level ``sandbox`` package on sys.path.)
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from sandbox import Pool, PoolConfig, Result, SandboxError

# bwrap="require" and bwrap="off": every escape test runs with and without bubblewrap.
MODES = ["require", "off"]

# What generated tools are allowed to import (the safety policy passes this list).
ALLOWED_MODULES = (
    "json", "re", "math", "statistics", "datetime", "decimal", "fractions", "collections", "itertools",
    "functools", "typing", "dataclasses", "enum", "string", "textwrap", "csv", "io", "hashlib", "base64",
    "unicodedata", "difflib", "heapq", "bisect", "copy", "random", "html", "urllib.parse", "calendar",
    "operator", "zlib",
)  # fmt: skip


def skip_without_bwrap(mode: str, exc: SandboxError | None = None, reason: str = "") -> None:
    """Skip the bubblewrap leg only where bubblewrap cannot create its namespaces, saying why; with
    SANDBOX_TESTS_REQUIRE_BWRAP=1 (CI), fail instead."""
    if mode != "require" or (exc is not None and "namespace layer missing" not in str(exc)):
        return
    why = f"bubblewrap cannot run here: {reason or exc}"
    if os.environ.get("SANDBOX_TESTS_REQUIRE_BWRAP") == "1":
        pytest.fail(why)
    pytest.skip(why)


def children_of(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    kids.append(int(entry))
    return kids


def descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        for kid in children_of(todo.pop()):
            if kid not in found:
                found.add(kid)
                todo.append(kid)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class Server:
    """Stands in for the MCP server: secrets in a file, a SQLite DB, its environment and a canary
    process's initial environment; listeners (TCP, UDP, unix, abstract unix); a SIGUSR1 counter."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.data.mkdir(mode=0o700)
        self.env_token = "ENVSECRET-" + secrets.token_hex(12)
        self.db_token = "DBSECRET-" + secrets.token_hex(12)
        self.file_token = "FILESECRET-" + secrets.token_hex(12)
        self.db = self.data / "genesis.db"
        with contextlib.closing(sqlite3.connect(self.db)) as conn, conn:
            conn.execute("create table secrets (value text)")
            conn.execute("insert into secrets values (?)", (self.db_token,))
        # World-readable on purpose: only the sandbox stands between a tool and this file.
        self.secret_file = root / "secret.txt"
        self.secret_file.write_text(self.file_token + "\n")
        self.secret_file.chmod(0o644)
        self.tcp = socket.create_server(("127.0.0.1", 0))
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.unix_path = str(root / "server.sock")
        self.unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.unix.bind(self.unix_path)
        self.unix.listen(8)
        self.abstract_name = "\0genesis-test-" + secrets.token_hex(8)
        self.abstract = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.abstract.bind(self.abstract_name)
        self.abstract.listen(8)
        for s in (self.tcp, self.udp, self.unix, self.abstract):
            s.setblocking(False)
        # A same-uid process outside the sandbox with the secret in its *initial* environment, the one
        # /proc/<pid>/environ shows (a setenv in this process would not be visible there).
        self.canary = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", "import sys; sys.stdin.read()"],
            stdin=subprocess.PIPE, env={"GENESIS_SECRET": self.env_token},
        )  # fmt: skip
        self.signals: list[int] = []
        self._old_handler = signal.signal(signal.SIGUSR1, self._count)
        self._monkeypatch = pytest.MonkeyPatch()
        self._monkeypatch.setenv("GENESIS_SECRET", self.env_token)
        # Anything secret-looking in this process's initial environment (CI tokens, API keys).
        initial = Path("/proc/self/environ").read_bytes().decode(errors="replace").split("\0")
        self.own_environ = [
            v
            for v in initial
            if "=" in v
            and len(v.split("=", 1)[1]) >= 8
            and any(w in v.split("=", 1)[0].upper() for w in ("KEY", "TOKEN", "SECRET", "PASS"))
        ]

    def _count(self, signum: int, frame: FrameType | None) -> None:
        self.signals.append(signum)

    @property
    def tokens(self) -> list[str]:
        return [self.env_token, self.db_token, self.file_token]

    def config(self, bwrap: str, **overrides: Any) -> PoolConfig:
        kwargs: dict[str, Any] = {
            "workers": 2,
            "bwrap": bwrap,
            "preload_modules": ALLOWED_MODULES,
            "protected_paths": (self.db, self.data),
            "work_root": self.root,
        }
        kwargs.update(overrides)
        return PoolConfig(**kwargs)

    def accepted(self, sock: socket.socket) -> int:
        count = 0
        with contextlib.suppress(BlockingIOError):
            while True:
                sock.accept()[0].close()
                count += 1
        return count

    def datagrams(self) -> int:
        count = 0
        with contextlib.suppress(BlockingIOError):
            while True:
                self.udp.recv(64)
                count += 1
        return count

    def assert_clean(self, result: Result) -> None:
        """No secret of the server appears anywhere in what came back."""
        text = json.dumps(result.to_dict())
        for token in self.tokens:
            assert token not in text
        for pair in self.own_environ:
            assert pair.split("=", 1)[1] not in text, pair.split("=", 1)[0]

    def close(self) -> None:
        signal.signal(signal.SIGUSR1, self._old_handler)
        self._monkeypatch.undo()
        for s in (self.tcp, self.udp, self.unix, self.abstract):
            s.close()
        assert self.canary.stdin is not None
        self.canary.stdin.close()
        self.canary.wait(timeout=10)


async def run_clean(
    pool: Pool,
    server: Server,
    source: str,
    args: dict[str, Any] | None = None,
    timeout: float = 5.0,
    entry: str = "run",
) -> Result:
    """Run a call and check that no secret leaked into its result."""
    result = await pool.run(source, entry, args or {}, timeout=timeout)
    server.assert_clean(result)
    return result
