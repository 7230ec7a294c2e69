"""The fork server. Started once per worker (inside bubblewrap when available) with an empty
environment; holds nothing but the interpreter and the preloaded modules. It keeps one spare
child forked and locked down ahead of time (see ``child``); a request goes to the spare, which
the worker supervises against a wall-clock deadline, reaps, and whose directory it wipes before
it replies and forks the next spare. It never runs tool code itself.

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
import sys
import time
from dataclasses import dataclass
from typing import Any

from . import child, cleanup, landlock, lockdown, protocol

# Always loaded: what every child needs, and asyncio for async entry points.
_ESSENTIAL = ("json", "types", "fcntl", "asyncio")


@dataclass
class _Spare:
    pid: int
    pidfd: int
    request: int  # write end of its request pipe
    result: int  # read end of its result pipe
    workdir: str

    def close_fds(self) -> None:
        for fd in (self.pidfd, self.request, self.result):
            with contextlib.suppress(OSError):
                os.close(fd)


class Worker:
    def __init__(self, config: dict[str, Any]) -> None:
        self.base_dir: str = config["base_dir"]
        self.forks = 0
        self.own_filter = _program(config["seccomp_worker"])
        self.jail = child.Jail(
            read_only=tuple(config["read_only"]),
            landlock_abi=landlock.abi_version() if config["landlock"] else 0,
            seccomp=_program(config["seccomp_child"]),
            memory_bytes=int(config["memory_mb"]) << 20,
            cpu_s=int(config["cpu_s"]),
            fsize_bytes=int(config["fsize_mb"]) << 20,
            nofile=int(config["nofile"]),
            nproc=config.get("nproc"),
            max_output=int(config["max_output"]),
        )
        # Buffers for other calls' data, wiped after each use: later children inherit this memory.
        self.request = bytearray(1 << 16)
        self.result = bytearray(self.jail.max_output + protocol.ENVELOPE_SLACK + 1)
        self.failed: dict[str, str] = {}
        for name in (*_ESSENTIAL, *config["preload"]):
            try:
                importlib.import_module(name)
            except Exception as exc:  # reported in the hello, the pool decides
                self.failed[name] = f"{type(exc).__name__}: {exc}"
        # Preloaded objects go to the permanent generation: children do not touch (copy) their pages.
        gc.freeze()
        self.spare: _Spare | None = None

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
            "seccomp_instructions": [p.instructions if p else 0 for p in (self.own_filter, self.jail.seccomp)],
            "seccomp_mode": lockdown.seccomp_mode(),
            "preload_failed": self.failed,
            "python": sys.version.split()[0],
        }

    def prefork(self) -> None:
        self.forks += 1
        workdir = os.path.join(self.base_dir, f"c{self.forks}")
        os.mkdir(workdir, 0o700)
        request_r, request_w = os.pipe()
        result_r, result_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(request_w)
                os.close(result_r)
                child.run(self.jail, request_r, result_w, workdir)
            finally:
                os._exit(70)
        os.close(request_r)
        os.close(result_w)
        self.spare = _Spare(pid, os.pidfd_open(pid), request_w, result_r, workdir)

    def _take_spare(self) -> _Spare:
        spare = self.spare
        if spare is not None and select.select([spare.pidfd], [], [], 0)[0]:  # it died waiting
            cleanup.kill(spare.pid)
            os.waitpid(spare.pid, 0)
            spare.close_fds()
            cleanup.wipe(spare.workdir)
            spare = None
        if spare is None:
            self.prefork()
            assert self.spare is not None
            spare = self.spare
        self.spare = None
        return spare

    def buffer_for(self, size: int) -> memoryview:
        if size > len(self.request):
            self.request = bytearray(max(size, 2 * len(self.request)))
        return memoryview(self.request)[:size]

    def call(self, timeout: float, request: memoryview) -> tuple[dict[str, Any], int]:
        """Run one request (raw JSON) in the spare child. Returns the reply header and the number of
        result bytes in ``self.result``."""
        spare = self._take_spare()
        started = time.monotonic()
        status, size = "exited", 0
        try:
            protocol.write_all(spare.request, request)
        except BrokenPipeError:
            pass  # it died in its lock-down: its result pipe says why
        finally:
            os.close(spare.request)
        try:
            status, size = self._supervise(spare, started + timeout)
        finally:
            os.close(spare.result)
            os.close(spare.pidfd)
        _, wait_status, usage = os.wait4(spare.pid, 0)
        reply: dict[str, Any] = {
            "status": status,
            "code": os.waitstatus_to_exitcode(wait_status),
            "maxrss_kb": usage.ru_maxrss,
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 4),
            "strays": cleanup.reap_strays(spare.pid),
            "elapsed_ms": round((time.monotonic() - started) * 1000, 3),
            "dirty": not cleanup.wipe(spare.workdir),
        }
        return reply, size

    def _supervise(self, spare: _Spare, deadline: float) -> tuple[str, int]:
        view = memoryview(self.result)
        size = 0
        poller = select.poll()
        poller.register(spare.result, select.POLLIN)
        poller.register(spare.pidfd, select.POLLIN)
        exited = eof = False
        while not (exited and eof):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                cleanup.kill(spare.pid)
                cleanup.zero(self.result, size)  # a partial result must not outlive its call
                return "timeout", 0
            for fd, _ in poller.poll(max(1, int(remaining * 1000) + 1)):
                if fd == spare.pidfd:
                    exited = True
                    poller.unregister(spare.pidfd)
                    # Anything of its process group still alive holds the pipe open: end it.
                    cleanup.kill(spare.pid)
                elif fd == spare.result:
                    if size == len(view):  # one byte past the cap
                        cleanup.kill(spare.pid)
                        cleanup.zero(self.result, size)
                        return "overflow", 0
                    n = os.readv(spare.result, [view[size:]])
                    if n == 0:
                        eof = True
                        poller.unregister(spare.result)
                    size += n
        if size == len(view):
            cleanup.zero(self.result, size)
            return "overflow", 0
        return "exited", size

    def serve(self, chan_in: int, chan_out: int) -> None:
        while True:
            frame = protocol.read_header(chan_in)
            if frame is None:
                return
            header, size = frame
            request = self.buffer_for(size)
            if not protocol.read_into(chan_in, request):
                return
            result_size = 0
            try:
                reply, result_size = self.call(float(header["timeout"]), request)
            except Exception as exc:  # the pool recycles a worker that reports an error
                reply = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
            finally:
                cleanup.zero(self.request, size)
            result = memoryview(self.result)[:result_size]
            protocol.write_all(chan_out, protocol.encode_header(reply, result_size), result)
            cleanup.zero(self.result, result_size)
            with contextlib.suppress(OSError):
                self.prefork()  # off the next call's critical path; retried by _take_spare

    def shutdown(self) -> None:
        if self.spare is not None:
            cleanup.kill(self.spare.pid)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.spare.pid, 0)
            self.spare.close_fds()
            cleanup.wipe(self.spare.workdir)


def _program(encoded: str) -> lockdown.SeccompProgram | None:
    return lockdown.SeccompProgram(base64.b64decode(encoded)) if encoded else None


def _harden(worker: Worker) -> None:
    """The worker needs no capability and none of the worker filter's system calls. Children inherit
    both, so each of them has less to do per call."""
    lockdown.drop_capabilities()
    lockdown.no_new_privs()
    if worker.own_filter is not None:
        worker.own_filter.load()


def _interfaces() -> list[str]:
    try:
        with open("/proc/self/net/dev") as f:
            return sorted(line.split(":")[0].strip() for line in f.readlines()[2:])
    except OSError:
        return []


def main() -> None:
    chan_in, chan_out = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    frame = protocol.read_header(chan_in)
    if frame is None:
        return
    config = frame[0]
    parent = config.get("parent")
    if parent is not None:  # without bwrap: die with the pool, like bwrap's --die-with-parent
        lockdown.die_with_parent()
        if os.getppid() != parent:
            return
    lockdown.become_subreaper()
    os.makedirs(config["base_dir"], mode=0o700, exist_ok=True)
    worker = Worker(config)
    _harden(worker)
    hello = worker.hello()
    lockdown.undumpable()  # a child must not reach into the worker's memory through /proc
    worker.prefork()
    protocol.write_all(chan_out, protocol.pack(hello))
    try:
        worker.serve(chan_in, chan_out)
    finally:
        worker.shutdown()
