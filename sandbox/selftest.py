"""The start-up self-test: real escape attempts through the pool, each judged by evidence taken
outside the jail (marker files, a listener's accept queue, a canary process that must survive,
a secret that must be absent from every output, the worker's own measurements of the child)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import socket
import sys
import zlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import attempts
from .config import Attempt, Layer, PoolConfig, Result, SandboxError, SelfTestReport

__all__ = ["Bait", "Outcome", "explain", "run_self_test"]


@dataclass(frozen=True)
class Outcome:
    result: Result
    reply: dict[str, Any]  # the worker's observations: status, exit code, maxrss_kb, strays...


Caller = Callable[[str, dict[str, Any], float], Awaitable[Outcome]]


class Bait:
    """Things a tool must not reach: a secret file, a TCP listener and a UDP socket on 127.0.0.1, a
    canary process (same uid as the server) holding the secret in its environment."""

    def __init__(self, root: Path, protected: Sequence[Path], canary: asyncio.subprocess.Process, token: str) -> None:
        self.root = root
        self.token = token
        self.secret_file = root / "secret.txt"
        self.protected = (root, *protected)
        self.canary = canary
        self.tcp = socket.create_server(("127.0.0.1", 0))
        self.tcp.setblocking(False)
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.udp.setblocking(False)

    @classmethod
    async def create(cls, tmp: str, protected: Sequence[str | Path]) -> Bait:
        root = Path(tmp) / "bait"
        root.mkdir(mode=0o700)
        token = secrets.token_hex(16)
        canary = await asyncio.create_subprocess_exec(
            sys.executable, "-I", "-S", "-c", "import sys; sys.stdin.buffer.read()",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            env={"GENESIS_SANDBOX_CANARY": token}, start_new_session=True,
        )  # fmt: skip
        try:
            bait = cls(root, [Path(p) for p in protected], canary, token)
        except BaseException:
            canary.kill()
            await canary.wait()
            raise
        fd = os.open(bait.secret_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(f"GENESIS-SECRET-{bait.token}\n")
        return bait

    def accepted(self) -> int:
        count = 0
        with contextlib.suppress(BlockingIOError):
            while True:
                self.tcp.accept()[0].close()
                count += 1
        return count

    def datagrams(self) -> int:
        count = 0
        with contextlib.suppress(BlockingIOError):
            while True:
                self.udp.recv(64)
                count += 1
        return count

    async def close(self) -> None:
        self.tcp.close()
        self.udp.close()
        if self.canary.stdin is not None:
            self.canary.stdin.close()
        with contextlib.suppress(ProcessLookupError):
            if self.canary.returncode is None:
                await asyncio.wait_for(self.canary.wait(), 2.0)
        if self.canary.returncode is None:
            self.canary.kill()
            await self.canary.wait()


def _text(outcome: Outcome) -> str:
    return json.dumps(outcome.result.value) + (outcome.result.error or "")


async def run_self_test(
    call: Caller,
    bait: Bait,
    config: PoolConfig,
    layers: tuple[Layer, ...],
    namespaces: bool,
    warnings: Sequence[str],
    started: float,
) -> SelfTestReport:
    """Run every attempt (in parallel over the workers) and judge it. Raises SandboxError when even a
    benign call fails: a sandbox that runs nothing is broken, not safe."""
    loop = asyncio.get_running_loop()
    nonce = secrets.token_hex(8)  # marker names must not contain the secret token
    marker = str(bait.root / f"marker-{nonce}")
    exec_marker = str(bait.root / f"exec-marker-{nonce}")
    files = [p for p in bait.protected if p.is_file()]
    dirs = [p for p in bait.protected if p.is_dir()]
    write_targets = [
        marker,
        f"/tmp/genesis-sandbox-marker-{nonce}",
        *(str(d / f"marker-{nonce}") for d in dirs),
        *(str(f.parent / f"marker-{nonce}") for f in files),
    ]
    server = os.getpid()
    mb = config.memory_mb + 256
    plan: list[tuple[str, str, str, dict[str, Any], float]] = [
        ("cpu-forever", "wall-clock deadline (worker), RLIMIT_CPU", attempts.CPU, {}, 0.1),
        ("benign-call", "(must succeed)", attempts.BENIGN, {"text": "genesis sandbox"}, 5.0),
        ("read-outside-file", "mount namespace, Landlock",
         attempts.READ, {"paths": [str(bait.secret_file), "/etc/passwd", "/etc/shadow", *map(str, files)]}, 5.0),
        ("list-protected-dirs", "mount namespace, Landlock", attempts.LIST, {"paths": [str(d) for d in dirs]}, 5.0),
        ("write-outside", "mount namespace, Landlock", attempts.WRITE, {"targets": write_targets}, 5.0),
        ("tcp-connect-listener", "net namespace, seccomp (socket), Landlock (TCP)",
         attempts.TCP, {"port": bait.tcp.getsockname()[1]}, 5.0),
        ("udp-send", "net namespace, seccomp (socket)", attempts.UDP, {"port": bait.udp.getsockname()[1]}, 5.0),
        ("fork-many", "seccomp (fork, clone)", attempts.FORK, {"n": 20}, 5.0),
        ("exec-shell", "seccomp (execve, clone)", attempts.EXEC, {"marker": exec_marker}, 5.0),
        ("allocate-past-limit", "RLIMIT_AS, seccomp (setrlimit)", attempts.MEMORY, {"mb": mb}, 5.0),
        ("signal-server", "pid namespace, seccomp (kill), Landlock scope",
         attempts.SIGNAL, {"canary": bait.canary.pid, "server": server}, 5.0),
        ("read-server-environment", "pid namespace, Landlock, empty environment",
         attempts.ENVIRON, {"pids": [bait.canary.pid, server]}, 5.0),
    ]  # fmt: skip
    outcomes = await asyncio.gather(*(call(src, args, timeout) for _, _, src, args, timeout in plan))
    by_name = dict(zip((p[0] for p in plan), outcomes, strict=True))
    benign = by_name.pop("benign-call")
    expected = {"crc": zlib.crc32(b"genesis sandbox"), "words": 2, "json": [1]}
    if not (benign.result.ok and benign.result.value == expected):
        raise SandboxError(
            f"self-test: a benign call failed inside the sandbox: {benign.result.error_type}: {benign.result.error}"
        )
    secret_values = [v for v in os.environ.values() if len(v) >= 8]
    accepted, datagrams = bait.accepted(), bait.datagrams()
    judged: list[Attempt] = []
    for name, layer_names, _, args, _ in plan:
        if name == "benign-call":
            continue
        outcome = by_name[name]
        targets = [exec_marker] if name == "exec-shell" else write_targets
        written = [t for t in targets if os.path.lexists(t)]
        evidence = _Evidence(args, bait, config, accepted=accepted, datagrams=datagrams, written=written)
        blocked, said = _judge(name, outcome, evidence)
        if bait.token in _text(outcome):
            blocked, said = False, "the secret token appears in the output"
        if name == "read-server-environment" and any(v in _text(outcome) for v in secret_values):
            blocked, said = False, "a value of the server's environment appears in the output"
        judged.append(Attempt(name, blocked, said, layer_names))
    for target in [*write_targets, exec_marker]:
        with contextlib.suppress(OSError):
            if os.path.lexists(target):
                os.unlink(target)
    return SelfTestReport(layers, tuple(judged), namespaces, tuple(warnings), (loop.time() - started) * 1000)


@dataclass(frozen=True)
class _Evidence:
    """What the judge sees outside the jail once every attempt has finished."""

    args: dict[str, Any]
    bait: Bait
    config: PoolConfig
    accepted: int
    datagrams: int
    written: list[str]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _judge(name: str, outcome: Outcome, ev: _Evidence) -> tuple[bool, str]:
    r, reply, value = outcome.result, outcome.reply, outcome.result.value
    if name == "cpu-forever":
        ok = r.error_type == "Timeout"
        return ok, f"{r.error_type}: killed after {r.duration_ms:.0f} ms (worker status {reply.get('status')})"
    if name in ("read-outside-file", "list-protected-dirs"):
        count = len(value) if isinstance(value, dict) else "?"
        return value == {}, f"{count} of {len(ev.args['paths'])} paths readable; the secret absent from the output"
    if name == "write-outside":
        ok = not ev.written and value == []
        return ok, f"{len(ev.written)} of {len(ev.args['targets'])} marker files found outside"
    # Network: what reached our sockets decides (inside a net namespace a send may "succeed" into nothing).
    if name == "tcp-connect-listener":
        return ev.accepted == 0, f"listener accepted {ev.accepted} connections; the tool saw {value}"
    if name == "udp-send":
        return ev.datagrams == 0, f"{ev.datagrams} datagrams received; the tool saw {value}"
    if name == "fork-many":
        strays = reply.get("strays", 0)
        return value == 0 and strays == 0, f"{value} of 20 forks succeeded; {strays} orphans reaped by the worker"
    if name == "exec-shell":
        ok = value == [] and not ev.written
        return ok, f"commands run: {value if r.ok else r.error_type}; marker file written: {bool(ev.written)}"
    if name == "allocate-past-limit":
        peak = int(reply.get("maxrss_kb", 0)) >> 10
        ok = not r.ok and peak < ev.config.memory_mb
        return ok, f"{r.error_type or 'allocated'} asking for {ev.args['mb']} MiB; peak RSS {peak} MiB (worker)"
    if name == "signal-server":
        alive = _alive(ev.bait.canary.pid)
        return alive and value == [], f"canary alive: {alive}; signals delivered to {value}"
    if name == "read-server-environment":
        ok = isinstance(value, dict) and value.get("environ") == {} and value.get("files") == {}
        return ok, "no environment readable; the secret absent from the output" if ok else f"read: {value}"
    raise AssertionError(name)


def explain(report: SelfTestReport) -> str:
    parts = [f"{a.name} escaped ({a.evidence}); it should be stopped by: {a.layers}" for a in report.escaped]
    missing = [layer.name for layer in report.layers if not layer.active]
    tail = f" Inactive layers: {', '.join(missing)}." if missing else ""
    return "sandbox self-test failed, refusing to run tools: " + "; ".join(parts) + "." + tail
