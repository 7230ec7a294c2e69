"""create_tool end to end through a real MCP client: check + 5 tests in the sandbox + store + register +
notify, over 100 distinct tools; side by side in the same run with the same pipeline whose tests run the
naive way (a fresh `python -I` subprocess per test, with rlimits).

    .venv/bin/python benchmarks/bench_create_tool.py [--tools 100] [--json benchmarks/results/create_tool.json]

Goal (issue 5): p50 under 50 ms (the original design report quoted 5-10 s per created agent).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mcp import Client

from genesis_mcp.app import Genesis, preload_modules
from genesis_mcp.config import Settings
from genesis_mcp.safety import DEFAULT_POLICY
from genesis_mcp.server import build_server
from sandbox import Pool, PoolConfig

SOURCE = '''
import re

def {name}(text: str, limit: int = {limit}) -> dict[str, int]:
    """Count the words of a text, at most `limit` distinct ones."""
    words = re.findall(r"[a-z']+", text.lower())
    if not words:
        raise ValueError("no words")
    counts: dict[str, int] = {{}}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return dict(top)
'''
TESTS = [
    {"args": {"text": "a b a"}, "expected": {"a": 2, "b": 1}},
    {"args": {"text": "x y z", "limit": 2}, "expected": {"x": 1, "y": 1}},
    {"args": {"text": "It's it's"}, "expected": {"it's": 2}},
    {"args": {"text": "Hello"}, "expected": {"hello": 1}},
    {"args": {"text": "123"}, "error": "ValueError"},
]

NAIVE = """
import json, sys
req = json.loads(sys.stdin.read())
ns = {}
exec(compile(req["source"], "<tool>", "exec"), ns)
try:
    out = {"ok": True, "value": ns[req["entry"]](**req["args"])}
except Exception as exc:
    out = {"ok": False, "error_type": type(exc).__name__, "error": str(exc)}
sys.stdout.write(json.dumps(out))
"""


@dataclass
class _Result:
    ok: bool
    value: Any = None
    error: str | None = None
    error_type: str | None = None
    duration_ms: float = 0.0


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (512 << 20, 512 << 20))
    resource.setrlimit(resource.RLIMIT_CPU, (2, 3))
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 << 20, 16 << 20))


class NaiveRunner:
    """The baseline: no pool, no isolation layers beyond rlimits; one interpreter per test."""

    async def run(self, source: str, entry: str, args: dict[str, Any], timeout: float = 2.0) -> _Result:
        t = time.perf_counter()
        with tempfile.TemporaryDirectory() as cwd:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-I", "-c", NAIVE, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                env={}, cwd=cwd, preexec_fn=_limits,
            )  # fmt: skip
            request = json.dumps({"source": source, "entry": entry, "args": args}).encode()
            out, _ = await asyncio.wait_for(proc.communicate(request), timeout + 5)
        return _Result(**json.loads(out), duration_ms=(time.perf_counter() - t) * 1000)


async def measure(runner: Any, tools: int, label: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load({}, db=Path(tmp) / "bench.db", max_active_tools=1000)
        app = Genesis(settings, sandbox=runner)
        times: list[float] = []
        async with Client(build_server(app)) as client:
            for i in range(tools + 3):  # three warm-up creations
                spec = {
                    "name": f"count_{label}_{i:04d}",
                    "description": f"Count words, variant {i}",
                    "source": SOURCE.format(name=f"count_{label}_{i:04d}", limit=5 + i),
                    "tests": TESTS,
                }
                t = time.perf_counter()
                result = await client.call_tool("create_tool", spec)
                elapsed = (time.perf_counter() - t) * 1000
                if result.is_error:
                    raise SystemExit(f"create_tool failed: {result.content[0].text}")
                if i >= 3:
                    times.append(elapsed)
    ordered = sorted(times)
    return {
        "p50_ms": statistics.median(ordered),
        "p90_ms": ordered[int(0.9 * (len(ordered) - 1))],
        "max_ms": ordered[-1],
        "n": len(ordered),
    }


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tools", type=int, default=100)
    parser.add_argument("--naive-tools", type=int, default=20, help="the baseline is slow; fewer suffice")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    pool = Pool(PoolConfig(preload_modules=preload_modules(DEFAULT_POLICY)))
    await pool.start()
    try:
        pooled = await measure(pool, args.tools, "pool")
    finally:
        await pool.close()
    naive = await measure(NaiveRunner(), args.naive_tools, "naive")
    ratio = naive["p50_ms"] / pooled["p50_ms"]
    print("create_tool end to end (check + 5 sandboxed tests + store + register + notify), in-memory MCP client")
    print(f"{'runner':<28}{'n':>5}{'p50 ms':>10}{'p90 ms':>10}{'max ms':>10}")
    for name, fig in (("warm sandbox pool", pooled), ("naive subprocess per test", naive)):
        print(f"{name:<28}{fig['n']:>5}{fig['p50_ms']:>10.1f}{fig['p90_ms']:>10.1f}{fig['max_ms']:>10.1f}")
    verdict = "met" if pooled["p50_ms"] < 50 else "MISSED"
    print(f"pool is {ratio:.1f}x faster than naive at p50; goal p50 < 50 ms: {verdict}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"pool": pooled, "naive": naive, "ratio_p50": ratio}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
