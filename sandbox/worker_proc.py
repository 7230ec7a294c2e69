"""The pool's handle on one worker process: spawn and handshake, one request at a time, kill."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
from typing import Any

from ._jail import protocol

__all__ = ["WorkerLost", "WorkerProcess"]


class WorkerLost(Exception):
    """The worker died, broke the protocol, or could not start; it must not be used again."""


async def _read_frame(reader: asyncio.StreamReader, max_payload: int) -> tuple[dict[str, Any], bytes]:
    try:
        head_len, payload_len = protocol.PREFIX.unpack(await reader.readexactly(protocol.PREFIX.size))
        if head_len > protocol.MAX_HEADER or payload_len > max_payload:
            raise WorkerLost(f"oversized frame (header {head_len}, payload {payload_len})")
        head = await reader.readexactly(head_len)
        payload = await reader.readexactly(payload_len) if payload_len else b""
    except (asyncio.IncompleteReadError, ConnectionError) as exc:
        raise WorkerLost("the worker closed its channel") from exc
    try:
        header = json.loads(head)
    except ValueError as exc:
        raise WorkerLost("the worker sent a malformed header") from exc
    if not isinstance(header, dict):
        raise WorkerLost("the worker sent a malformed header")
    return header, payload


class WorkerProcess:
    def __init__(self, proc: asyncio.subprocess.Process, hello: dict[str, Any], ident: int) -> None:
        self._proc = proc
        self.hello = hello
        self.ident = ident
        self.calls = 0
        self._doomed: list[int] = []  # pidfds of the processes a kill must see gone

    @classmethod
    async def spawn(cls, argv: list[str], config: dict[str, Any], timeout: float, ident: int) -> WorkerProcess:
        """Start a worker (empty environment, own session) and wait for its hello. Raises WorkerLost."""
        proc = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=None,
            env={}, cwd="/", start_new_session=True,
        )  # fmt: skip
        worker = cls(proc, {}, ident)
        try:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(protocol.pack(config))
            await proc.stdin.drain()
            worker.hello, _ = await asyncio.wait_for(_read_frame(proc.stdout, 0), timeout)
        except BaseException as exc:
            await worker.close()
            if isinstance(exc, (WorkerLost, TimeoutError, ConnectionError)):
                raise WorkerLost(f"worker {ident} did not start (exit status {proc.returncode})") from exc
            raise
        return worker

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def alive(self) -> bool:
        return self._proc.returncode is None

    async def call(self, frame: bytes, max_payload: int) -> tuple[dict[str, Any], bytes]:
        """Send one request frame and read its reply. Raises WorkerLost; the caller enforces the deadline."""
        stdin, stdout = self._proc.stdin, self._proc.stdout
        assert stdin is not None and stdout is not None
        self.calls += 1
        try:
            stdin.write(frame)
            await stdin.drain()
        except (ConnectionError, RuntimeError) as exc:
            raise WorkerLost("the worker's channel is closed") from exc
        return await _read_frame(stdout, max_payload)

    def kill(self) -> None:
        """SIGKILL the worker and every process under it. Its children would die anyway (bubblewrap's
        pid namespace dies with its init; without it, each child has PR_SET_PDEATHSIG), but asynchronously:
        pidfds taken first let ``close`` wait until they are really gone."""
        if self._proc.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._proc.pid, signal.SIGSTOP)  # no new spare between the snapshot and the kill
        for pid in _descendants(self._proc.pid):
            with contextlib.suppress(OSError):
                self._doomed.append(os.pidfd_open(pid))
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._proc.pid, signal.SIGKILL)
        for fd in self._doomed:
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(fd, signal.SIGKILL)

    async def close(self, graceful: bool = False) -> None:
        """Stop the worker and wait until it and everything under it are gone. Graceful: end of input
        first (the worker kills its spare child and exits), then SIGKILL after a second."""
        if self._proc.stdin is not None and not self._proc.stdin.is_closing():
            self._proc.stdin.close()
        if graceful:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._proc.wait(), 1.0)
        self.kill()
        await self._proc.wait()
        doomed, self._doomed = self._doomed, []
        try:
            await asyncio.wait_for(asyncio.gather(*(_exited(fd) for fd in doomed)), 10.0)
        finally:
            for fd in doomed:
                os.close(fd)


def _descendants(root: int) -> list[int]:
    found: list[int] = []
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                kids = [int(k) for k in f.read().split()]
        except (OSError, ValueError):
            continue
        found += kids
        todo += kids
    return found


async def _exited(pidfd: int) -> None:
    """A pidfd polls readable once its process has exited."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def readable() -> None:
        if not done.done():
            done.set_result(None)

    loop.add_reader(pidfd, readable)
    try:
        await done
    finally:
        loop.remove_reader(pidfd)
