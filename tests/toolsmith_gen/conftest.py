"""Run a generated tool's own tests in a child interpreter (``python -I``), never in the test process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from genesis_mcp.toolsmith.spec import ToolSpec

# The child compiles each source into a fresh namespace, calls the entry with each test's args, round-trips
# the result through JSON (as the sandbox does) and compares strictly: 1 is not 1.0 and True is not 1
# (object key order does not matter).
_HARNESS = r"""
import json, sys

def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b

report = []
for spec in json.load(sys.stdin):
    namespace = {}
    try:
        exec(compile(spec["source"], spec["name"], "exec"), namespace)
        fn = namespace[spec["entry"]]
    except Exception as exc:
        report.append(f"{spec['name']}: does not load: {type(exc).__name__}: {exc}")
        continue
    for i, case in enumerate(spec["tests"]):
        try:
            result = json.loads(json.dumps(fn(**case["args"]), allow_nan=False))
        except Exception as exc:
            if case.get("error") != type(exc).__name__:
                report.append(f"{spec['name']} test {i}: raised {type(exc).__name__}: {exc}")
            continue
        if case.get("error") is not None:
            report.append(f"{spec['name']} test {i}: expected {case['error']}, got {result!r}")
        elif not same(result, case["expected"]):
            report.append(f"{spec['name']} test {i}: expected {case['expected']!r}, got {result!r}")
json.dump(report, sys.stdout)
"""


def run_specs_in_child(specs: Sequence[ToolSpec]) -> list[str]:
    """Every failing test of ``specs``, as messages; empty when all pass."""
    payload = [{"name": s.name, "source": s.source, "entry": s.entry, "tests": spec_tests_json(s)} for s in specs]
    done = subprocess.run(
        [sys.executable, "-I", "-c", _HARNESS],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: list[str] = json.loads(done.stdout)
    return report


@pytest.fixture
def run_in_child() -> Callable[[Sequence[ToolSpec]], list[str]]:
    return run_specs_in_child


def spec_tests_json(spec: ToolSpec) -> list[dict[str, Any]]:
    return [t.model_dump(exclude_unset=True) for t in spec.tests]
