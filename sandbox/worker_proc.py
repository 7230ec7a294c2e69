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
        """SIGKILL the worker's process group. With bubblewrap, the pid namespace dies with it;
        without, each child dies with its worker (PR_SET_PDEATHSIG)."""
        if self._proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGKILL)

    async def close(self, graceful: bool = False) -> None:
        """Stop the worker and reap it. Graceful: end of input first, then SIGKILL after a second."""
        if self._proc.stdin is not None and not self._proc.stdin.is_closing():
            self._proc.stdin.close()
        if graceful:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._proc.wait(), 1.0)
        self.kill()
        await self._proc.wait()
