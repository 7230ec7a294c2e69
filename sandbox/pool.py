"""The warm worker pool: the one async API the server uses to run generated tools.

Workers are started once (inside bubblewrap when it works here) and fork one fresh, locked-down
child per call. The pool dispatches calls to idle workers with a bounded queue, enforces a
watchdog deadline per call, recycles workers, respawns lost ones, and tests itself at start:
if any escape attempt succeeds, ``start`` raises SandboxError and the pool refuses to run tools.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import json
import logging
import math
import os
import re
import shutil
import tempfile
import time
from collections.abc import Coroutine
from types import TracebackType
from typing import Any

from . import launch, layers, seccomp_policy, selftest, verdict
from ._jail import protocol
from .config import PoolConfig, Result, SandboxError, SelfTestReport
from .selftest import Outcome
from .worker_proc import WorkerLost, WorkerProcess

__all__ = ["Pool"]

logger = logging.getLogger("sandbox")

_ENTRY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Pool:
    """``async with Pool(PoolConfig(...)) as pool: result = await pool.run(source, "run", {...})``."""

    def __init__(self, config: PoolConfig | None = None) -> None:
        self.config = config or PoolConfig()
        self.stats: dict[str, int] = dict.fromkeys(
            ("calls", "spawned", "recycled", "watchdog_kills", "workers_lost", "busy"), 0
        )
        self._state = "new"
        self._report: SelfTestReport | None = None
        self._namespaces = False
        self._argv: list[str] = []
        self._worker_config: dict[str, Any] = {}
        self._tmp: str | None = None
        # First in, first out: the worker idle longest has had the most time to fork its spare child.
        self._idle: collections.deque[WorkerProcess] = collections.deque()
        self._live: set[WorkerProcess] = set()
        self._slots = asyncio.Semaphore(self.config.workers)
        self._pending = 0
        self._next_ident = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._start_done = asyncio.Event()

    @property
    def report(self) -> SelfTestReport | None:
        """The start-up report (layers, attempts); None before start."""
        return self._report

    @property
    def namespaces(self) -> bool:
        """True when the workers run inside bubblewrap."""
        return self._namespaces

    @property
    def pending(self) -> int:
        """Calls running or waiting for a worker (a call is refused as Busy at workers + max_queue)."""
        return self._pending

    @property
    def worker_pids(self) -> list[int]:
        """Host pids of the live worker processes (the bwrap process when namespaces are on)."""
        return sorted(w.pid for w in self._live)

    async def __aenter__(self) -> Pool:
        if self._state == "new":  # a pool already started may be entered too
            await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def start(self) -> SelfTestReport:
        """Start the workers and run the self-test. Raises SandboxError (fail closed) when a required
        layer is missing or any escape attempt succeeds; the pool is then unusable."""
        if self._state != "new":
            raise SandboxError(f"the pool is {self._state}; a pool starts once")
        self._state = "starting"
        try:
            report = await self._start(asyncio.get_running_loop().time())
        except BaseException as exc:
            if isinstance(exc, SandboxError):
                self._report = exc.report
            await self._shutdown()
            if self._state != "closed":  # close() during start wins
                self._state = "failed"
            raise
        finally:
            self._start_done.set()
        if self._state == "closed":  # closed while the self-test was finishing
            await self._shutdown()
            raise SandboxError("the pool was closed while it started")
        self._report = report
        self._state = "ready"
        for warning in report.warnings:
            logger.warning("SANDBOX DEGRADED: %s", warning)
        return report

    async def run(
        self, source: str, entry: str = "run", args: dict[str, Any] | None = None, timeout: float | None = None
    ) -> Result:
        """Run ``entry(**args)`` from ``source`` in a fresh sandboxed child. Never raises for anything
        the tool does; raises SandboxError when the pool is not started, failed or closed, and
        ValueError/TypeError for a bad timeout or a source that is not a string."""
        if self._state != "ready":
            raise SandboxError(f"the sandbox pool is {self._state}; it runs no tools")
        return (await self._call(source, entry, args or {}, timeout)).result

    async def close(self) -> None:
        """Kill every worker (and so every child) and remove the work directories."""
        if self._state == "closed":
            return
        starting, self._state = self._state == "starting", "closed"
        if starting:  # let start() see it and clean up after itself first
            await self._start_done.wait()
        await self._shutdown()

    # -- start ---------------------------------------------------------------------------------

    async def _start(self, started: float) -> SelfTestReport:
        cfg = self.config
        warnings: list[str] = []
        interp = launch.Interpreter.current()
        filters = seccomp_policy.Filters(b"", b"")
        if cfg.seccomp:
            try:
                filters = seccomp_policy.build_filters()
            except seccomp_policy.SeccompUnavailable as exc:
                raise SandboxError(f"seccomp layer missing: {exc}") from exc
        else:
            warnings.append("seccomp is switched off by configuration (meant for tests of the self-test)")
        if not cfg.landlock:
            warnings.append("Landlock is switched off by configuration (meant for tests of the self-test)")
        self._tmp = tempfile.mkdtemp(prefix="genesis-sandbox-", dir=cfg.work_root)
        self._argv, self._namespaces = await layers.choose_launcher(cfg, interp, warnings)
        self._worker_config = {
            "landlock": cfg.landlock, "seccomp_worker": base64.b64encode(filters.worker).decode(),
            "seccomp_child": base64.b64encode(filters.child).decode(),
            "read_only": list(interp.read_only_paths()), "memory_mb": cfg.memory_mb, "cpu_s": cfg.cpu_s,
            "fsize_mb": cfg.fsize_mb, "nofile": cfg.nofile, "nproc": cfg.nproc,
            "max_output": cfg.max_output_bytes, "preload": list(cfg.preload_modules),
        }  # fmt: skip
        bait_maker = [selftest.Bait.create(self._tmp, cfg.protected_paths)] if cfg.self_test else []
        spawned = await asyncio.gather(
            *(self._spawn() for _ in range(cfg.workers)), *bait_maker, return_exceptions=True
        )
        bait = next((b for b in spawned if isinstance(b, selftest.Bait)), None)
        try:
            for item in spawned:
                if isinstance(item, BaseException):
                    raise SandboxError(f"the sandbox did not start: {item}") from item
            workers = [w for w in spawned if isinstance(w, WorkerProcess)]
            self._idle.extend(workers)
            described = layers.describe(cfg, workers[0].hello, interp, self._namespaces, warnings)
            if bait is None:
                ms = (asyncio.get_running_loop().time() - started) * 1000
                return SelfTestReport(described, (), self._namespaces, tuple(warnings), ms, tested=False)
            report = await selftest.run_self_test(
                self._self_test_call, bait, cfg, described, self._namespaces, warnings, started
            )
        finally:
            if bait is not None:
                await bait.close()
        if not report.ok:
            raise SandboxError(selftest.explain(report), report)
        return report

    # -- calls ---------------------------------------------------------------------------------

    async def _self_test_call(self, source: str, args: dict[str, Any], timeout: float) -> Outcome:
        return await self._call(source, "run", args, timeout, queue=False)

    async def _call(
        self, source: str, entry: str, args: dict[str, Any], timeout: float | None, *, queue: bool = True
    ) -> Outcome:
        cfg = self.config
        timeout = 2.0 if timeout is None else float(timeout)
        if not (timeout > 0 and math.isfinite(timeout)):
            raise ValueError("timeout must be a positive number of seconds")
        if not isinstance(source, str) or not isinstance(entry, str):
            raise TypeError("source and entry must be strings")
        if not _ENTRY.match(entry):
            return Outcome(Result.failure("EntryNotFound", f"not a function name: {entry!r}"), {})
        try:
            if not isinstance(args, dict) or not all(isinstance(k, str) for k in args):
                raise TypeError("arguments must be a JSON object")
            payload = json.dumps({"source": source, "entry": entry, "args": args}, allow_nan=False).encode()
        except (TypeError, ValueError) as exc:
            return Outcome(Result.failure("NotJSON", f"the arguments are not JSON: {exc}"), {})
        if len(payload) > protocol.MAX_REQUEST:
            return Outcome(
                Result.failure("RequestTooLarge", f"source and arguments exceed {protocol.MAX_REQUEST} bytes"), {}
            )
        frame = protocol.pack({"timeout": timeout}, payload)
        if queue and self._pending >= cfg.workers + cfg.max_queue:
            self.stats["busy"] += 1
            return Outcome(Result.failure("Busy", "every sandbox worker is busy and the queue is full"), {})
        self._pending += 1
        try:
            async with self._slots:
                return await self._dispatch(frame, timeout)
        finally:
            self._pending -= 1

    async def _dispatch(self, frame: bytes, timeout: float) -> Outcome:
        cfg = self.config
        try:
            worker = await self._acquire()
        except (WorkerLost, SandboxError) as exc:
            return Outcome(Result.failure("SandboxError", f"no sandbox worker available: {exc}"), {})
        self.stats["calls"] += 1
        started = time.perf_counter()
        max_payload = cfg.max_output_bytes + protocol.ENVELOPE_SLACK
        try:
            reply, payload = await asyncio.wait_for(worker.call(frame, max_payload), timeout + cfg.watchdog_margin_s)
        except TimeoutError:
            self.stats["watchdog_kills"] += 1
            logger.warning("sandbox worker %d missed its deadline; killed", worker.ident)
            self._discard(worker)
            ms = (time.perf_counter() - started) * 1000
            return Outcome(
                Result.failure(
                    "Timeout", "the sandbox worker did not answer in time; it was killed and will be replaced", ms
                ),
                {"status": "watchdog"},
            )
        except WorkerLost as exc:
            self.stats["workers_lost"] += 1
            self._discard(worker)
            ms = (time.perf_counter() - started) * 1000
            return Outcome(Result.failure("SandboxError", f"the sandbox worker was lost: {exc}", ms), {})
        except BaseException:  # cancelled mid-call: the channel is out of step, the worker must go
            self._discard(worker)
            raise
        ms = (time.perf_counter() - started) * 1000
        result = verdict.interpret(reply, payload, timeout, cfg.memory_mb, cfg.cpu_s, cfg.max_output_bytes, ms)
        if reply.get("status") == "error" or reply.get("dirty") or worker.calls >= cfg.recycle_after:
            self.stats["recycled"] += 1
            self._retire(worker)
        elif self._state in ("starting", "ready"):
            self._idle.append(worker)
        else:
            self._retire(worker)
        return Outcome(result, reply)

    async def _acquire(self) -> WorkerProcess:
        while self._idle:
            worker = self._idle.popleft()
            if worker.alive:
                return worker
            self.stats["workers_lost"] += 1
            self._discard(worker)
        return await self._spawn()

    async def _spawn(self) -> WorkerProcess:
        if self._state not in ("starting", "ready") or self._tmp is None:
            raise SandboxError(f"the pool is {self._state}")
        self._next_ident += 1
        ident = self._next_ident
        config = dict(self._worker_config)
        if self._namespaces:
            config["base_dir"] = launch.SANDBOX_DIR
        else:
            config["base_dir"] = os.path.join(self._tmp, f"w{ident}")
            config["parent"] = os.getpid()
        worker = await WorkerProcess.spawn(self._argv, config, self.config.spawn_timeout_s, ident)
        self.stats["spawned"] += 1
        if self._state not in ("starting", "ready"):  # closed while it was starting
            await worker.close()
            raise SandboxError(f"the pool is {self._state}")
        self._live.add(worker)
        return worker

    def _background(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _discard(self, worker: WorkerProcess) -> None:
        worker.kill()
        self._live.discard(worker)
        self._background(self._reap(worker, graceful=False))

    def _retire(self, worker: WorkerProcess) -> None:
        self._live.discard(worker)
        self._background(self._reap(worker, graceful=True))

    async def _reap(self, worker: WorkerProcess, graceful: bool) -> None:
        await worker.close(graceful=graceful)
        if not self._namespaces and self._tmp is not None:  # its work dirs live on the host
            await _remove_tree(os.path.join(self._tmp, f"w{worker.ident}"))

    async def _shutdown(self) -> None:
        workers = list(self._live)
        self._live.clear()
        self._idle.clear()
        for worker in workers:
            worker.kill()
        await asyncio.gather(*(w.close() for w in workers), return_exceptions=True)
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self._tmp is not None:
            await _remove_tree(self._tmp)
            self._tmp = None


async def _remove_tree(path: str) -> None:
    """rm -rf: it copes with trees too deep for shutil and never stalls the event loop."""
    if not os.path.lexists(path):
        return
    rm = shutil.which("rm") or next((p for p in ("/usr/bin/rm", "/bin/rm") if os.access(p, os.X_OK)), None)
    if rm is None:
        await asyncio.to_thread(shutil.rmtree, path, True)
        return
    null = asyncio.subprocess.DEVNULL
    proc = await asyncio.create_subprocess_exec(rm, "-rf", "--", path, stdin=null, stdout=null, stderr=null)
    await proc.wait()
