"""The public value types of the sandbox: configuration, results, the self-test report, the error."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeAlias

__all__ = ["JSON", "Attempt", "Layer", "PoolConfig", "Result", "SandboxError", "SelfTestReport"]

JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"

_MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


class SandboxError(Exception):
    """The sandbox cannot run tools: a layer is missing, the self-test saw an escape, or the pool is
    closed. The message names the layer or the attempt. ``report`` is the self-test report, if any."""

    def __init__(self, message: str, report: SelfTestReport | None = None) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class PoolConfig:
    """Settings of a Pool. Limits apply to each call's child; sizes are in MiB unless named bytes."""

    workers: int = field(default_factory=lambda: max(1, min(os.cpu_count() or 2, 8)))
    bwrap: Literal["auto", "require", "off"] = "auto"
    preload_modules: Sequence[str] = ()
    # Paths the self-test proves unreadable and unwritable (the server's DB file, its data dir).
    protected_paths: Sequence[str | Path] = ()
    memory_mb: int = 512
    cpu_s: int = 2
    fsize_mb: int = 16
    nofile: int = 64
    # RLIMIT_NPROC is ignored for root and counts all of a user's processes machine-wide, so it is
    # off by default: seccomp denies process creation and RLIMIT_AS bounds the number of threads.
    nproc: int | None = None
    max_output_bytes: int = 1 << 20
    # Calls allowed to wait for a worker; one more is answered with error_type "Busy".
    max_queue: int = 64
    recycle_after: int = 1000
    # The pool kills a worker that has not answered timeout + this margin after a call.
    watchdog_margin_s: float = 2.0
    spawn_timeout_s: float = 15.0
    # Size of the tmpfs holding the work directories of one bwrap worker.
    tmpfs_mb: int = 64
    self_test: bool = True
    bwrap_path: str | None = None
    # Where the pool keeps host-side files (work dirs of workers without bubblewrap, self-test bait);
    # a private directory is made inside it and removed by close(). None: the system temp dir.
    work_root: str | Path | None = None
    # For tests of the self-test only: turn a layer off and watch the self-test fail closed.
    landlock: bool = True
    seccomp: bool = True

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.bwrap not in ("auto", "require", "off"):
            raise ValueError("bwrap must be 'auto', 'require' or 'off'")
        for name in self.preload_modules:
            if not _MODULE.match(name):
                raise ValueError(f"not a module name: {name!r}")
        for value, label in (
            (self.memory_mb, "memory_mb"),
            (self.cpu_s, "cpu_s"),
            (self.fsize_mb, "fsize_mb"),
            (self.nofile, "nofile"),
            (self.max_output_bytes, "max_output_bytes"),
            (self.recycle_after, "recycle_after"),
            (self.tmpfs_mb, "tmpfs_mb"),
        ):
            if value < 1:
                raise ValueError(f"{label} must be positive")
        if self.max_queue < 0:
            raise ValueError("max_queue must not be negative")


@dataclass(frozen=True)
class Result:
    """One call's outcome. ``error_type`` is the tool's exception class name (e.g. "ValueError") or a
    sandbox verdict: Timeout, MemoryLimit, Crashed, OutputTooLarge, NotJSON, EntryNotFound,
    SyntaxError, Busy, SandboxError."""

    ok: bool
    value: JSON = None
    error: str | None = None
    error_type: str | None = None
    duration_ms: float = 0.0

    @classmethod
    def failure(cls, error_type: str, error: str, duration_ms: float = 0.0) -> Result:
        return cls(ok=False, error=error, error_type=error_type, duration_ms=duration_ms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "value": self.value,
            "error": self.error,
            "error_type": self.error_type,
            "duration_ms": round(self.duration_ms, 3),
        }


@dataclass(frozen=True)
class Layer:
    name: str
    active: bool
    detail: str


@dataclass(frozen=True)
class Attempt:
    """One escape attempt of the self-test. ``evidence`` is what was checked outside the jail."""

    name: str
    blocked: bool
    evidence: str
    layers: str  # the layers expected to stop it


@dataclass(frozen=True)
class SelfTestReport:
    layers: tuple[Layer, ...]
    attempts: tuple[Attempt, ...]
    namespaces: bool  # True when workers run inside bubblewrap
    warnings: tuple[str, ...] = ()
    duration_ms: float = 0.0
    tested: bool = True

    @property
    def ok(self) -> bool:
        return all(a.blocked for a in self.attempts)

    @property
    def escaped(self) -> tuple[Attempt, ...]:
        return tuple(a for a in self.attempts if not a.blocked)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "tested": self.tested,
            "namespaces": self.namespaces,
            "duration_ms": round(self.duration_ms, 1),
            "warnings": list(self.warnings),
            "layers": [asdict(layer) for layer in self.layers],
            "attempts": [asdict(a) for a in self.attempts],
        }
