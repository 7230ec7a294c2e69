"""The escape suite of the issue, each attempt checked from outside the sandbox, with and without
bubblewrap. The hostile code is written directly (no static checker): the sandbox alone is tested."""

from __future__ import annotations

import os
import signal

import pytest
from sandbox_support import Server, alive, descendants, run_clean

from sandbox import Pool

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_a_tool_cannot_read_a_file_outside_its_work_dir(pool: Pool, server: Server) -> None:
    source = """
def run(paths):
    got = {}
    for p in paths:
        try:
            with open(p) as f:
                got[p] = f.read()
        except OSError as exc:
            got[p] = type(exc).__name__
    return got
"""
    paths = [str(server.secret_file), "/etc/passwd", "/etc/hostname", str(server.root)]
    result = await run_clean(pool, server, source, {"paths": paths})
    assert result.ok, result
    assert all(v in ("PermissionError", "FileNotFoundError", "IsADirectoryError") for v in result.value.values())


async def test_a_tool_cannot_write_outside_its_work_dir(pool: Pool, server: Server) -> None:
    targets = [
        server.data / "planted.txt",
        server.root / "planted.txt",
        "/tmp/genesis-planted.txt",
        "/var/tmp/genesis-planted.txt",
        server.db,
    ]
    before = server.db.read_bytes()
    source = """
def run(targets):
    done = []
    for t in targets:
        try:
            with open(t, "a") as f:
                f.write("pwned")
            done.append(t)
        except OSError:
            pass
    return done
"""
    result = await run_clean(pool, server, source, {"targets": [str(t) for t in targets]})
    assert result.ok and result.value == []
    assert not any(os.path.exists(t) for t in targets[:-1])
    assert server.db.read_bytes() == before


async def test_a_tool_cannot_connect_to_a_listener_on_localhost(pool: Pool, server: Server) -> None:
    source = """
import socket
def run(port):
    out = []
    for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        try:
            s = socket.socket(family, socket.SOCK_STREAM)
            s.settimeout(1)
            s.connect((host, port))
            out.append("connected")
        except OSError as exc:
            out.append(type(exc).__name__)
    return out
"""
    result = await run_clean(pool, server, source, {"port": server.tcp.getsockname()[1]})
    assert server.accepted(server.tcp) == 0
    assert result.ok and "connected" not in result.value


async def test_a_tool_cannot_fork_many_processes(pool: Pool, server: Server) -> None:
    source = """
import os
def run():
    made = 0
    for _ in range(200):
        try:
            pid = os.fork()
        except OSError:
            continue
        if pid == 0:
            import time
            time.sleep(30)
            os._exit(0)
        made += 1
    return made
"""
    result = await run_clean(pool, server, source)
    assert result.ok and result.value == 0
    # Under each worker at most its spare child (and, inside bubblewrap, bwrap's init and the worker).
    most = 3 if pool.namespaces else 1
    assert all(len(descendants(w)) <= most for w in pool.worker_pids)


async def test_a_tool_cannot_allocate_far_past_its_memory_limit(pool: Pool, server: Server) -> None:
    source = """
def run():
    blocks = []
    for _ in range(64):
        blocks.append(bytearray(64 << 20))  # zero-filled: the pages are touched
    return sum(len(b) for b in blocks)
"""
    result = await run_clean(pool, server, source)
    assert not result.ok and result.error_type == "MemoryLimit"


async def test_a_tool_that_loops_forever_is_killed_at_its_deadline(pool: Pool, server: Server) -> None:
    result = await run_clean(pool, server, "def run():\n    while True:\n        pass\n", timeout=0.5)
    assert not result.ok and result.error_type == "Timeout"
    assert 450 <= result.duration_ms < 3000


async def test_a_tool_cannot_signal_the_server_or_other_processes(pool: Pool, server: Server) -> None:
    source = """
import os, signal
def run(server, canary):
    hits = []
    # Harmless signals only where an escape would hit a bystander (pid 1 may be this machine's init).
    for pid, sig in ((server, signal.SIGUSR1), (canary, signal.SIGTERM), (os.getppid(), signal.SIGKILL),
                     (1, 0), (0, signal.SIGUSR1)):
        try:
            os.kill(pid, sig)
            hits.append(pid)
        except OSError:
            pass
    return hits
"""
    workers = pool.worker_pids
    result = await run_clean(pool, server, source, {"server": os.getpid(), "canary": server.canary.pid})
    assert server.signals == []
    assert server.canary.poll() is None
    assert all(alive(w) for w in workers) and pool.worker_pids == workers
    assert result.ok and result.value == []


async def test_a_tool_cannot_read_a_secret_from_the_server_environment(pool: Pool, server: Server) -> None:
    source = """
import os
def run(pids):
    found = {"environ": dict(os.environ)}
    for pid in [*pids, os.getppid(), 1, "self", "thread-self"]:
        for name in ("environ", "cmdline"):
            try:
                with open(f"/proc/{pid}/{name}", "rb") as f:
                    found[f"{pid}/{name}"] = f.read().decode("latin-1")
            except OSError:
                pass
    return found
"""
    result = await run_clean(pool, server, source, {"pids": [os.getpid(), server.canary.pid]})
    assert result.ok and result.value == {"environ": {}}
    assert signal.SIGUSR1 not in server.signals


async def test_a_tool_cannot_read_the_server_database(pool: Pool, server: Server) -> None:
    source = """
import os
def run(db, data):
    out = []
    for attempt in (lambda: open(db, "rb").read().decode("latin-1"), lambda: os.listdir(data),
                    lambda: __import__("sqlite3").connect(db).execute("select * from secrets").fetchall()):
        try:
            out.append(attempt())
        except Exception as exc:
            out.append(type(exc).__name__)
    return out
"""
    result = await run_clean(pool, server, source, {"db": str(server.db), "data": str(server.data)})
    assert result.ok
    assert all(v in ("PermissionError", "FileNotFoundError", "OperationalError") for v in result.value)


async def test_the_start_up_self_test_blocked_every_attempt_and_reports_every_layer(pool: Pool) -> None:
    report = pool.report
    assert report is not None and report.ok and report.tested
    assert {a.name for a in report.attempts} >= {
        "read-outside-file", "write-outside", "tcp-connect-listener", "fork-many", "allocate-past-limit",
        "cpu-forever", "signal-server", "read-server-environment", "list-protected-dirs",
    }  # fmt: skip
    layers = {layer.name: layer for layer in report.layers}
    assert layers["landlock"].active and layers["seccomp"].active and layers["rlimits"].active
    assert layers["namespaces"].active == pool.namespaces == (pool.config.bwrap == "require")
