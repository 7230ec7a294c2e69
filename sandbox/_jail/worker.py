"""The fork server. Started once per worker (inside bubblewrap when available) with an empty
environment; holds nothing but the interpreter and the preloaded modules. For each request it
forks one child (see ``child``), supervises it against a wall-clock deadline, reaps it and wipes
its work directory, then replies. It never runs tool code itself.

Frames arrive on fd 0 and leave on fd 1 (see ``protocol``); both are moved aside at start and
0-2 point at /dev/null, so nothing printed by accident can corrupt the frame stream.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import importlib
import os
import select
import shutil
import signal
import stat
import sys
import time
from typing import Any

from . import child, landlock, lockdown, protocol

# Always loaded: what every child needs, and asyncio for async entry points.
_ESSENTIAL = ("json", "types", "asyncio")


class Worker:
    def __init__(self, config: dict[str, Any]) -> None:
        self.base_dir: str = config["base_dir"]
        self.calls = 0
        abi = landlock.abi_version() if config["landlock"] else 0
        bpf = base64.b64decode(config["seccomp_bpf"]) if config["seccomp_bpf"] else b""
        self.jail = child.Jail(
            read_only=tuple(config["read_only"]),
            landlock_abi=abi,
            seccomp=lockdown.SeccompProgram(bpf) if bpf else None,
            memory_bytes=int(config["memory_mb"]) << 20,
            cpu_s=int(config["cpu_s"]),
            fsize_bytes=int(config["fsize_mb"]) << 20,
            nofile=int(config["nofile"]),
            nproc=config.get("nproc"),
            max_output=int(config["max_output"]),
        )
        self.failed: dict[str, str] = {}
        for name in (*_ESSENTIAL, *config["preload"]):
            try:
                importlib.import_module(name)
            except Exception as exc:  # reported in the hello, the pool decides
                self.failed[name] = f"{type(exc).__name__}: {exc}"
        # Preloaded objects go to the permanent generation: children do not touch (copy) their pages.
        gc.freeze()

    def hello(self) -> dict[str, Any]:
        namespaces = {}
        for name in ("user", "pid", "net", "mnt", "ipc", "uts"):
            try:
                namespaces[name] = os.readlink(f"/proc/self/ns/{name}")
            except OSError:
                namespaces[name] = ""
        try:
            with open("/proc/self/uid_map") as f:
                uid_map = " ".join(f.read().split())
        except OSError:
            uid_map = ""
        return {
            "pid": os.getpid(),
            "namespaces": namespaces,
            "uid_map": uid_map,
            "interfaces": _interfaces(),
            "landlock_abi": self.jail.landlock_abi,
            "seccomp_instructions": self.jail.seccomp.instructions if self.jail.seccomp else 0,
            "preload_failed": self.failed,
            "python": sys.version.split()[0],
        }

    def call(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        self.calls += 1
        workdir = os.path.join(self.base_dir, f"c{self.calls}")
        os.mkdir(workdir, 0o700)
        read_end, write_end = os.pipe()
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read_end)
                child.run(self.jail, write_end, workdir, request)
            finally:
                os._exit(70)
        os.close(write_end)
        try:
            status, payload = self._supervise(pid, read_end, started + float(request["timeout"]))
        finally:
            os.close(read_end)
        _, wait_status, usage = os.wait4(pid, 0)
        strays = _reap_strays()
        reply: dict[str, Any] = {
            "status": status,
            "code": os.waitstatus_to_exitcode(wait_status),
            "maxrss_kb": usage.ru_maxrss,
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 4),
            "strays": strays,
            "elapsed_ms": round((time.monotonic() - started) * 1000, 3),
            "dirty": not _wipe(workdir),
        }
        return reply, payload

    def _supervise(self, pid: int, pipe: int, deadline: float) -> tuple[str, bytes]:
        limit = self.jail.max_output + protocol.ENVELOPE_SLACK
        chunks: list[bytes] = []
        size = 0
        pidfd = os.pidfd_open(pid)
        poller = select.poll()
        poller.register(pipe, select.POLLIN)
        poller.register(pidfd, select.POLLIN)
        exited = eof = False
        try:
            while not (exited and eof):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    _kill(pid)
                    return "timeout", b""
                for fd, _ in poller.poll(max(1, int(remaining * 1000) + 1)):
                    if fd == pidfd:
                        exited = True
                        poller.unregister(pidfd)
                        # Anything of its process group still alive holds the pipe open: end it.
                        _kill(pid)
                    elif fd == pipe:
                        data = os.read(pipe, 1 << 16)
                        if not data:
                            eof = True
                            poller.unregister(pipe)
                            continue
                        size += len(data)
                        if size > limit:
                            _kill(pid)
                            return "overflow", b""
                        chunks.append(data)
        finally:
            os.close(pidfd)
        return "exited", b"".join(chunks)


def _interfaces() -> list[str]:
    try:
        with open("/proc/self/net/dev") as f:
            return sorted(line.split(":")[0].strip() for line in f.readlines()[2:])
    except OSError:
        return []


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _reap_strays() -> int:
    """Orphans of a call come to us (we are a subreaper). None should exist: fork is denied."""
    count = 0
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return count
        if pid == 0:
            return count
        count += 1


def _wipe(path: str) -> bool:
    """Remove a call's directory. A tool may have left 000 directories; we own them, so open them up."""
    for _ in range(3):
        try:
            shutil.rmtree(path)
            return True
        except FileNotFoundError:
            return True
        except OSError:
            try:
                _open_up(path)
            except (OSError, RecursionError):
                return False
    return False


def _open_up(path: str) -> None:
    os.chmod(path, 0o700)
    for root, dirs, _ in os.walk(path):
        for name in dirs:
            sub = os.path.join(root, name)
            if stat.S_ISDIR(os.lstat(sub).st_mode):
                os.chmod(sub, 0o700)


def main() -> None:
    chan_in, chan_out = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    first = protocol.read_frame(chan_in, 0)
    if first is None:
        return
    config = first[0]
    parent = config.get("parent")
    if parent is not None:  # without bwrap: die with the pool, like bwrap's --die-with-parent
        lockdown.die_with_parent()
        if os.getppid() != parent:
            return
    lockdown.become_subreaper()
    os.makedirs(config["base_dir"], mode=0o700, exist_ok=True)
    worker = Worker(config)
    hello = worker.hello()
    lockdown.undumpable()  # a child must not reach into the worker's memory through /proc
    protocol.write_all(chan_out, protocol.pack(hello))
    while True:
        frame = protocol.read_frame(chan_in, 0)
        if frame is None:
            return
        try:
            reply, payload = worker.call(frame[0])
        except Exception as exc:  # the pool recycles a worker that reports an error
            reply, payload = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}, b""
        protocol.write_all(chan_out, protocol.pack(reply, payload))
