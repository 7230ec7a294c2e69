"""Turn a worker's reply (its own observations plus the child's raw bytes) into a Result.

The child is hostile: its bytes are parsed here, outside the jail, and only a well-formed envelope
becomes a value; everything else is a sandbox verdict."""

from __future__ import annotations

import json
import signal
from typing import Any

from .config import Result

_MAX_ERROR = 2000
_MAX_TYPE = 100


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def interpret(
    reply: dict[str, Any],
    payload: bytes,
    timeout: float,
    memory_mb: int,
    cpu_s: int,
    max_output: int,
    duration_ms: float,
) -> Result:
    status = reply.get("status")
    if status == "timeout":
        return Result.failure("Timeout", f"the call ran past its {timeout:g} s deadline and was killed", duration_ms)
    if status == "overflow":
        return Result.failure("OutputTooLarge", f"the child wrote more than {max_output} bytes", duration_ms)
    if status != "exited":
        return Result.failure("SandboxError", f"the worker failed: {reply.get('error', status)}", duration_ms)
    if payload:
        return _envelope(payload, duration_ms)
    code = reply.get("code")
    if not isinstance(code, int):
        return Result.failure("SandboxError", "the worker sent no exit status", duration_ms)
    if code < 0:
        sig = -code
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and float(reply.get("cpu_s", 0)) >= cpu_s):
            return Result.failure("Timeout", f"the call used its {cpu_s} s of CPU time and was killed", duration_ms)
        if sig == signal.SIGSYS:
            return Result.failure(
                "Crashed", "killed by the seccomp filter (SIGSYS: a foreign system call ABI)", duration_ms
            )
        if sig == signal.SIGKILL and int(reply.get("maxrss_kb", 0)) >= (memory_mb << 10) * 9 // 10:
            return Result.failure("MemoryLimit", f"killed near its {memory_mb} MiB memory limit", duration_ms)
        return Result.failure("Crashed", f"the child died of {_signal_name(sig)}", duration_ms)
    return Result.failure("Crashed", f"the child exited with status {code} without a result", duration_ms)


def _envelope(payload: bytes, duration_ms: float) -> Result:
    try:
        obj = json.loads(payload)
    except (ValueError, RecursionError):
        return Result.failure("NotJSON", "the child's result is not valid JSON", duration_ms)
    if not isinstance(obj, dict) or not isinstance(obj.get("ok"), bool):
        return Result.failure("NotJSON", "the child's result is not a result envelope", duration_ms)
    if obj["ok"]:
        if "value" not in obj:
            return Result.failure("NotJSON", "the child's result has no value", duration_ms)
        return Result(ok=True, value=obj["value"], duration_ms=duration_ms)
    kind, error = obj.get("error_type"), obj.get("error")
    if not isinstance(kind, str) or not kind or not isinstance(error, str):
        return Result.failure("NotJSON", "the child's error is malformed", duration_ms)
    return Result.failure(kind[:_MAX_TYPE], error[:_MAX_ERROR], duration_ms)
