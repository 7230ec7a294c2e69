"""The per-call child, forked from the worker *before* its request exists: it locks itself down,
then waits for the request on its own pipe, runs the tool once, writes one JSON envelope to the
result pipe and ``_exit``s. Nothing here ever returns to the worker's loop.

Forking ahead takes the fork and the lock-down off the call's critical path; and since the child
is made before the request arrives, it can only ever see its own request."""

from __future__ import annotations

import builtins
import fcntl
import json
import os
import sys
import types
from dataclasses import dataclass
from typing import Any, NoReturn

from . import landlock, lockdown
from .protocol import write_all

_RESULT_FD = 3
_REQUEST_FD = 4
_MAX_ERROR = 2000
# Bound before any tool code runs: a tool that patches ``json`` only changes its own result.
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))
_FALLBACK = b'{"ok":false,"error_type":"Crashed","error":"the child could not report its result"}'


@dataclass(frozen=True)
class Jail:
    """What every child of one worker applies; prepared once in the worker."""

    read_only: tuple[str, ...]
    landlock_abi: int  # 0: no Landlock (only when switched off for a test of the self-test)
    seccomp: lockdown.SeccompProgram | None  # the per-child filter
    memory_bytes: int
    cpu_s: int
    fsize_bytes: int
    nofile: int
    nproc: int | None
    max_output: int


def run(jail: Jail, request_fd: int, result_fd: int, workdir: str) -> NoReturn:
    worker = os.getppid()
    try:
        _lock_down(jail, request_fd, result_fd, workdir, worker)
    except BaseException as exc:  # never run the tool half-jailed
        _finish(_error("SandboxError", f"setup failed: {type(exc).__name__}: {exc}"), 71)
    try:
        request = _read_request()
    except BaseException as exc:  # the worker died or sent garbage: nothing to run
        _finish(_error("SandboxError", f"no request: {type(exc).__name__}: {exc}"), 73)
    try:
        out = _invoke(jail, request)
    except BaseException:  # even reporting may fail (MemoryError, a hostile __str__)
        out = _FALLBACK
    _finish(out, 0)


def _read_request() -> dict[str, Any]:
    chunks = []
    while chunk := os.read(_REQUEST_FD, 1 << 20):
        chunks.append(chunk)
    os.close(_REQUEST_FD)
    request = json.loads(b"".join(chunks))
    if not isinstance(request, dict):
        raise ValueError("the request is not an object")
    return request


def _finish(out: bytes, code: int) -> NoReturn:
    try:
        write_all(_RESULT_FD, out)
    finally:
        os._exit(code)


def _lock_down(jail: Jail, request_fd: int, result_fd: int, workdir: str, worker: int) -> None:
    # Killed with the worker, whatever happens to the worker (prctl(PDEATHSIG) is denied afterwards).
    lockdown.die_with_parent()
    if os.getppid() != worker:
        os._exit(72)
    os.setpgid(0, 0)
    # Only its two pipes survive, as fds 3 and 4 (moved up first so that neither clobbers the other);
    # 0-2 go to /dev/null: a tool's print never reaches anyone.
    high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 16) for fd in (result_fd, request_fd)]
    for fd, target in zip(high, (_RESULT_FD, _REQUEST_FD), strict=True):
        os.dup2(fd, target, inheritable=False)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.closerange(_REQUEST_FD + 1, 1 << 20)
    os.chdir(workdir)
    os.environ.clear()
    lockdown.set_limits(jail.memory_bytes, jail.cpu_s, jail.fsize_bytes, jail.nofile, jail.nproc)
    lockdown.clear_capabilities()  # the worker emptied the bounding set already
    lockdown.no_new_privs()
    lockdown.undumpable()
    if jail.landlock_abi:
        landlock.restrict(jail.read_only, (workdir,), jail.landlock_abi)
    if jail.seccomp is not None:  # stacks on the worker's filter
        jail.seccomp.load()
    sys.argv = ["tool"]


def _error(kind: str, message: str) -> bytes:
    return _ENCODER.encode({"ok": False, "error_type": kind, "error": message[:_MAX_ERROR]}).encode()


def _describe(exc: BaseException) -> tuple[str, str]:
    name = type(exc).__name__
    try:
        text = str(exc)
    except BaseException:
        text = "<unprintable>"
    if name == "MemoryError":
        return "MemoryLimit", f"MemoryError: the tool exceeded its memory limit {text}".rstrip()
    return name, f"{name}: {text}" if text else name


def _invoke(jail: Jail, request: dict[str, Any]) -> bytes:
    source, entry, args = request["source"], request["entry"], request["args"]
    try:
        code = compile(source, "<tool>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:  # ValueError: NUL bytes in the source
        return _error("SyntaxError", f"SyntaxError: {exc}")
    namespace: dict[str, Any] = {"__name__": "__tool__", "__builtins__": builtins}
    try:
        exec(code, namespace)
        fn = namespace.get(entry)
        if not callable(fn):
            return _error("EntryNotFound", f"the source defines no function {entry!r}")
        value = fn(**args)
        if isinstance(value, types.CoroutineType):
            import asyncio  # preloaded by the worker

            value = asyncio.run(value)
    except BaseException as exc:  # SystemExit and KeyboardInterrupt are tool errors too
        return _error(*_describe(exc))
    try:
        text = _ENCODER.encode(value)
    except (TypeError, ValueError, RecursionError) as exc:
        return _error("NotJSON", f"the result is not JSON: {type(exc).__name__}: {exc}")
    if len(text) > jail.max_output:
        return _error("OutputTooLarge", f"the result is over {jail.max_output} bytes")
    data = text.encode()
    if len(data) > jail.max_output:
        return _error("OutputTooLarge", f"the result is over {jail.max_output} bytes")
    return b'{"ok":true,"value":' + data + b"}"
