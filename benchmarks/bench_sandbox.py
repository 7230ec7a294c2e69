"""Sandbox latency and throughput: the warm pool (with and without bubblewrap) side by side with
the naive approach, a fresh ``python -I`` subprocess per call with rlimits, in the same run.

    .venv/bin/python benchmarks/bench_sandbox.py [--rounds 3] [--calls 200]

The machine may be shared, so the three contenders run interleaved, round after round, and each
figure is the median over the rounds. Goals (issue 4): warm p50 under 5 ms, at least 5x faster
than naive, at least 300 calls/s. Figures also go to benchmarks/results/sandbox.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sandbox import Pool, PoolConfig

Call = Callable[[int], Awaitable[Any]]

TOOL = "def run(a):\n    return {'y': a + 1}\n"
REALISTIC = """
import datetime, json, re
def run(text):
    words = re.findall(r"[a-z]+", text.lower())
    dates = re.findall(r"\\d{4}-\\d{2}-\\d{2}", text)
    days = [datetime.date.fromisoformat(d).isoweekday() for d in dates]
    return json.loads(json.dumps({"words": len(words), "unique": len(set(words)), "days": days}))
"""
TEXT = ("On 2024-05-01 the quick brown fox met the lazy dog; on 2024-06-15 they met again. " * 25)[:2048]
ALLOWED = ["json", "re", "math", "datetime", "collections", "itertools", "functools", "random", "zlib"]

# What a server without a pool would do for every call.
NAIVE_RUNNER = """
import json, sys
req = json.loads(sys.stdin.read())
ns = {}
exec(compile(req["source"], "<tool>", "exec"), ns)
sys.stdout.write(json.dumps({"ok": True, "value": ns[req["entry"]](**req["args"])}))
"""


def _naive_limits() -> None:
    for which, value in (
        (resource.RLIMIT_AS, 512 << 20),
        (resource.RLIMIT_FSIZE, 16 << 20),
        (resource.RLIMIT_NOFILE, 64),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(which, (value, value))
    resource.setrlimit(resource.RLIMIT_CPU, (2, 3))


async def naive_call(source: str, args: dict[str, Any]) -> Any:
    request = json.dumps({"source": source, "entry": "run", "args": args}).encode()
    with tempfile.TemporaryDirectory() as cwd:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-I", "-c", NAIVE_RUNNER, stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, env={}, cwd=cwd, preexec_fn=_naive_limits, start_new_session=True,
        )  # fmt: skip
        out, _ = await asyncio.wait_for(proc.communicate(request), 10)
    return json.loads(out)["value"]


async def latency(call: Call, n: int) -> list[float]:
    samples = []
    for i in range(n):
        t = time.perf_counter()
        await call(i)
        samples.append(time.perf_counter() - t)
    return samples


async def throughput(call: Call, n: int, callers: int) -> float:
    async def caller(k: int) -> None:
        for i in range(k, n, callers):
            await call(i)

    t = time.perf_counter()
    await asyncio.gather(*(caller(k) for k in range(callers)))
    return n / (time.perf_counter() - t)


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 2)


def pool_calls(pool: Pool) -> tuple[Call, Call]:
    async def trivial(i: int) -> Any:
        r = await pool.run(TOOL, "run", {"a": i})
        assert r.ok and r.value == {"y": i + 1}, r
        return r.value

    async def realistic(i: int) -> Any:
        r = await pool.run(REALISTIC, "run", {"text": TEXT})
        assert r.ok, r
        return r.value

    return trivial, realistic


async def naive_trivial(i: int) -> Any:
    value = await naive_call(TOOL, {"a": i})
    assert value == {"y": i + 1}
    return value


async def start_time(mode: str, self_test: bool) -> float:
    t = time.perf_counter()
    pool = Pool(PoolConfig(workers=2, bwrap=mode, preload_modules=ALLOWED, self_test=self_test))  # type: ignore[arg-type]
    await pool.start()
    elapsed = time.perf_counter() - t
    await pool.close()
    return elapsed * 1000


async def measure(rounds: int, calls: int, naive_calls: int) -> dict[str, Any]:
    names = ("pool_bwrap", "pool_no_bwrap", "naive_subprocess")
    raw: dict[str, dict[str, list[Any]]] = {n: {} for n in names}

    def keep(name: str, key: str, value: Any) -> None:
        raw[name].setdefault(key, []).append(value)

    pools = {"pool_bwrap": "require", "pool_no_bwrap": "off"}
    for _ in range(rounds):
        for name, mode in pools.items():
            async with Pool(PoolConfig(workers=2, bwrap=mode, preload_modules=ALLOWED)) as pool:  # type: ignore[arg-type]
                trivial, realistic = pool_calls(pool)
                await latency(trivial, 10)  # warm-up
                keep(name, "trivial", await latency(trivial, calls))
                keep(name, "realistic", await latency(realistic, calls // 2))
                for callers in (1, 2, 4):
                    keep(name, f"calls_per_s_{callers}", await throughput(trivial, 2 * calls, callers))
        await latency(naive_trivial, 3)
        keep("naive_subprocess", "trivial", await latency(naive_trivial, naive_calls))
        for callers in (1, 2):
            keep("naive_subprocess", f"calls_per_s_{callers}", await throughput(naive_trivial, naive_calls, callers))
        for name, mode in pools.items():
            keep(name, "start_with_self_test_ms", await start_time(mode, True))
            keep(name, "start_without_self_test_ms", await start_time(mode, False))
    figures: dict[str, Any] = {}
    for name, series in raw.items():
        f: dict[str, Any] = {}
        for key, values in series.items():
            if key in ("trivial", "realistic"):
                f[key] = {
                    "p50_ms": statistics.median(pct(v, 0.50) for v in values),
                    "p99_ms": statistics.median(pct(v, 0.99) for v in values),
                }
            else:
                f[key] = round(statistics.median(values), 1)
        figures[name] = f
    naive = figures["naive_subprocess"]
    for name in pools:
        f = figures[name]
        f["x_naive_p50"] = round(naive["trivial"]["p50_ms"] / f["trivial"]["p50_ms"], 1)
        f["x_naive_calls_per_s_2"] = round(f["calls_per_s_2"] / naive["calls_per_s_2"], 1)
    return figures


def report(figures: dict[str, Any], machine: dict[str, Any], rounds: int) -> dict[str, bool]:
    print(f"machine: {machine}; medians over {rounds} interleaved rounds")
    head = f"{'':27}{'p50 ms':>8}{'p99 ms':>8}{'2KB-text p50':>13}{'1 caller/s':>11}{'2 callers/s':>12}"
    print(head + f"{'4 callers/s':>12}{'x naive p50':>12}{'x naive 2/s':>12}")
    labels = {"pool_bwrap": "pool, bubblewrap", "pool_no_bwrap": "pool, no bubblewrap",
              "naive_subprocess": "naive: python -I per call"}  # fmt: skip
    for name, label in labels.items():
        f = figures[name]
        real = f.get("realistic", {}).get("p50_ms", "-")
        print(
            f"{label:27}{f['trivial']['p50_ms']:>8}{f['trivial']['p99_ms']:>8}{real!s:>13}{f['calls_per_s_1']:>11}"
            f"{f['calls_per_s_2']:>12}{f.get('calls_per_s_4', '-')!s:>12}{f.get('x_naive_p50', 1.0)!s:>12}"
            f"{f.get('x_naive_calls_per_s_2', 1.0)!s:>12}"
        )
    for name in ("pool_bwrap", "pool_no_bwrap"):
        f = figures[name]
        print(f"start, {labels[name]}, 2 workers: {f['start_with_self_test_ms']} ms with the self-test, "
              f"{f['start_without_self_test_ms']} ms without")  # fmt: skip
    best = figures["pool_bwrap"]
    goals = {
        "warm p50 < 5 ms": best["trivial"]["p50_ms"] < 5,
        ">= 5x faster than naive": best["x_naive_p50"] >= 5,
        ">= 300 calls/s": best["calls_per_s_2"] >= 300,
    }
    print("goals (bubblewrap pool): " + ", ".join(f"{k}: {'met' if ok else 'MISSED'}" for k, ok in goals.items()))
    return goals


async def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=200, help="sequential calls per latency figure")
    parser.add_argument("--naive-calls", type=int, default=60)
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "results" / "sandbox.json")
    args = parser.parse_args()
    machine = {"cpus": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version(),
               "load_before": os.getloadavg()[0]}  # fmt: skip
    figures = await measure(args.rounds, args.calls, args.naive_calls)
    machine["load_after"] = os.getloadavg()[0]
    goals = report(figures, machine, args.rounds)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": machine, **figures, "goals": goals}, indent=2) + "\n")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
