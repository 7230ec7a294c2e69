"""Running a tool's test cases in the sandbox, and judging the results."""

from __future__ import annotations

import asyncio
import math
import time
from typing import Any, Protocol

from pydantic import BaseModel

from genesis_mcp.toolsmith.spec import TestCase

__all__ = [
    "RunResult",
    "SandboxRunner",
    "TestResult",
    "describe_failure",
    "elapsed_ms",
    "json_equal",
    "run_tests",
]


class RunResult(Protocol):
    ok: bool
    value: Any
    error: str | None
    error_type: str | None
    duration_ms: float


class SandboxRunner(Protocol):
    """What the toolsmith needs of the sandbox (``sandbox.Pool`` is one)."""

    async def run(self, source: str, entry: str, args: dict[str, Any], timeout: float = 2.0) -> Any: ...


class TestResult(BaseModel):
    __test__ = False
    index: int
    passed: bool
    args: dict[str, Any]
    expected: Any = None
    expected_error: str | None = None
    got: Any = None
    got_error: str | None = None
    ms: float


def json_equal(a: Any, b: Any) -> bool:
    """Equality of JSON values; floats within 1e-9 relative, so 0.1 + 0.2 passes a test expecting 0.3."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return bool(a == b) and type(a) is type(b)


async def run_tests(
    sandbox: SandboxRunner, source: str, entry: str, tests: list[TestCase], timeout: float
) -> list[TestResult]:
    """Run every test case in the sandbox, all at once (the pool queues what its workers cannot take)."""

    async def one(i: int, case: TestCase) -> TestResult:
        t = time.perf_counter()
        res = await sandbox.run(source, entry, dict(case.args), timeout)
        if case.expects_error:
            passed = (not res.ok) and res.error_type == case.error
        else:
            passed = res.ok and json_equal(res.value, case.expected)
        return TestResult(
            index=i,
            passed=passed,
            args=dict(case.args),
            expected=None if case.expects_error else case.expected,
            expected_error=case.error,
            got=res.value if res.ok else None,
            got_error=None if res.ok else (res.error or res.error_type),
            ms=elapsed_ms(t),
        )

    return list(await asyncio.gather(*(one(i, c) for i, c in enumerate(tests))))


def describe_failure(r: TestResult) -> str:
    want = f"error {r.expected_error}" if r.expected_error else f"{_short(r.expected)}"
    got = f"error {r.got_error}" if r.got_error else _short(r.got)
    return f"test {r.index} with {_short(r.args)}: expected {want}, got {got}"


def _short(value: Any, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def elapsed_ms(since: float) -> float:
    """Milliseconds since ``since`` (a ``time.perf_counter()`` reading), as results and steps report them."""
    return round((time.perf_counter() - since) * 1000, 3)
