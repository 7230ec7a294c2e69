"""Lifecycle: concurrency, the bounded queue, the watchdog, recycling, respawning, fail-closed
start-up, and close() leaving no process behind."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from sandbox_support import MODES, alive, descendants, skip_without_bwrap

from sandbox import Pool, PoolConfig, SandboxError

ECHO = "def run(i):\n    return i\n"
SLOW = "import time\ndef run(s):\n    time.sleep(s)\n    return s\n"


async def started(mode: str, work_root: Path, **overrides: Any) -> Pool:
    kwargs: dict[str, Any] = {"workers": 2, "bwrap": mode, "self_test": False, "work_root": work_root}
    kwargs.update(overrides)
    pool = Pool(PoolConfig(**kwargs))
    try:
        await pool.start()
    except SandboxError as exc:
        skip_without_bwrap(mode, exc)
        raise
    return pool


def tree(pool: Pool) -> set[int]:
    return {p for w in pool.worker_pids for p in (w, *descendants(w))}


@pytest.mark.parametrize("mode", MODES)
async def test_many_concurrent_calls_all_get_their_own_answer(mode: str, work_root: Path) -> None:
    async with await started(mode, work_root, max_queue=500) as pool:
        results = await asyncio.gather(*(pool.run(ECHO, "run", {"i": i}) for i in range(300)))
        assert [r.value for r in results] == list(range(300))
        assert pool.stats["calls"] == 300 and pool.stats["spawned"] == 2


async def test_a_full_queue_answers_busy_at_once(work_root: Path) -> None:
    async with await started("off", work_root, workers=1, max_queue=1) as pool:
        running = [asyncio.create_task(pool.run(SLOW, "run", {"s": 0.3})) for _ in range(2)]
        for _ in range(100):  # let both tasks reach the pool (no real time passes)
            if pool.pending == 2:
                break
            await asyncio.sleep(0)
        assert pool.pending == 2
        busy = await pool.run(ECHO, "run", {"i": 1})
        assert (busy.ok, busy.error_type) == (False, "Busy")
        assert [r.value for r in await asyncio.gather(*running)] == [0.3, 0.3]
        assert (await pool.run(ECHO, "run", {"i": 2})).value == 2
        assert pool.stats["busy"] == 1


@pytest.mark.parametrize("mode", MODES)
async def test_the_watchdog_kills_a_stuck_worker_and_a_fresh_one_takes_over(mode: str, work_root: Path) -> None:
    async with await started(mode, work_root, workers=1, watchdog_margin_s=0.3) as pool:
        stuck = tree(pool)
        for pid in stuck:  # a worker that no longer answers anything
            os.kill(pid, signal.SIGSTOP)
        result = await pool.run(ECHO, "run", {"i": 1}, timeout=0.2)
        assert (result.ok, result.error_type) == (False, "Timeout")
        assert result.duration_ms < 2000
        assert pool.stats["watchdog_kills"] == 1
        assert (await pool.run(ECHO, "run", {"i": 2})).value == 2
        assert not (tree(pool) & stuck)
    assert not any(alive(p) for p in stuck)


@pytest.mark.parametrize("mode", MODES)
async def test_workers_are_recycled_after_k_calls(mode: str, work_root: Path) -> None:
    async with await started(mode, work_root, workers=1, recycle_after=3) as pool:
        seen = []
        for i in range(7):
            assert (await pool.run(ECHO, "run", {"i": i})).value == i
            seen.append(tuple(pool.worker_pids))
        assert pool.stats["spawned"] == 3 and pool.stats["recycled"] == 2
        assert len({s for s in seen if s}) == 3
        old = {p for s in seen[:6] for p in s}
    assert not any(alive(p) for p in old)


@pytest.mark.parametrize("mode", MODES)
async def test_a_worker_that_died_is_replaced_on_the_next_call(mode: str, work_root: Path) -> None:
    async with await started(mode, work_root, workers=1) as pool:
        (victim,) = pool.worker_pids
        os.killpg(victim, signal.SIGKILL)
        results = [await pool.run(ECHO, "run", {"i": i}) for i in range(3)]
        # The call that finds the dead worker is told so; no call hangs; the pool recovers.
        assert [r.value for r in results if r.ok] == [i for i, r in enumerate(results) if r.ok]
        assert results[-1].ok and pool.worker_pids != [victim]


async def test_a_cancelled_call_costs_its_worker_but_not_the_pool(work_root: Path) -> None:
    async with await started("off", work_root, workers=1) as pool:
        (first,) = pool.worker_pids
        task = asyncio.create_task(pool.run(SLOW, "run", {"s": 5}, timeout=10))
        for _ in range(100):
            if pool.pending == 1:
                break
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await pool.run(ECHO, "run", {"i": 5})).value == 5
        assert pool.worker_pids != [first]


@pytest.mark.parametrize("mode", MODES)
async def test_close_leaves_no_process_and_no_file_behind(mode: str, work_root: Path) -> None:
    pool = await started(mode, work_root, workers=2)
    await asyncio.gather(*(pool.run(SLOW, "run", {"s": 0.05}) for _ in range(4)))
    in_flight = asyncio.create_task(pool.run(SLOW, "run", {"s": 5}, timeout=10))
    for _ in range(100):
        if pool.pending == 1:
            break
        await asyncio.sleep(0)
    processes = tree(pool)
    assert len(processes) >= 2
    await pool.close()
    assert (await in_flight).error_type == "SandboxError"
    assert not any(alive(p) for p in processes)
    assert not (descendants(os.getpid()) & processes)
    assert list(work_root.iterdir()) == []
    with pytest.raises(SandboxError):
        await pool.run(ECHO, "run", {"i": 1})


async def test_a_pool_refuses_calls_before_start_and_after_a_failed_start(work_root: Path) -> None:
    pool = Pool(PoolConfig(workers=1, bwrap="off", seccomp=False, work_root=work_root))
    with pytest.raises(SandboxError):
        await pool.run(ECHO, "run", {"i": 1})
    with pytest.raises(SandboxError):
        await pool.start()
    with pytest.raises(SandboxError, match="is failed"):
        await pool.run(ECHO, "run", {"i": 1})
    await pool.close()
    assert list(work_root.iterdir()) == []


@pytest.mark.parametrize("mode", MODES)
async def test_without_seccomp_the_self_test_sees_the_fork_escape_and_fails_closed(mode: str, work_root: Path) -> None:
    pool = Pool(PoolConfig(workers=2, bwrap=mode, seccomp=False, work_root=work_root))
    with pytest.raises(SandboxError) as caught:
        await pool.start()
    skip_without_bwrap(mode, caught.value)
    assert "fork-many escaped" in str(caught.value) and "seccomp" in str(caught.value)
    report = caught.value.report
    assert report is not None and not report.ok and pool.report is report
    assert "fork-many" in {a.name for a in report.escaped}
    await pool.close()


@pytest.mark.parametrize("mode", MODES)
async def test_without_landlock_the_self_test_fails_closed(mode: str, work_root: Path) -> None:
    pool = Pool(PoolConfig(workers=2, bwrap=mode, landlock=False, work_root=work_root))
    with pytest.raises(SandboxError) as caught:
        await pool.start()
    skip_without_bwrap(mode, caught.value)
    escaped = {a.name for a in caught.value.report.escaped} if caught.value.report else set()
    # Without namespaces the files are right there; inside bubblewrap the jail's /proc still is.
    assert ("read-outside-file" in escaped) if mode == "off" else ("read-server-environment" in escaped)
    await pool.close()


async def test_a_protected_path_the_jail_can_read_fails_the_self_test(work_root: Path) -> None:
    exposed = Path(os.__file__)  # inside the interpreter's prefix, which tools may read
    pool = Pool(PoolConfig(workers=1, bwrap="off", protected_paths=[exposed], work_root=work_root))
    with pytest.raises(SandboxError, match="read-outside-file escaped"):
        await pool.start()
    await pool.close()


async def test_required_bubblewrap_that_cannot_run_stops_the_pool(work_root: Path) -> None:
    pool = Pool(PoolConfig(workers=1, bwrap="require", bwrap_path="/nonexistent/bwrap", work_root=work_root))
    with pytest.raises(SandboxError, match="namespace layer missing"):
        await pool.start()
    await pool.close()


async def test_auto_falls_back_without_namespaces_loudly(work_root: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="sandbox")
    config = PoolConfig(workers=1, bwrap="auto", bwrap_path="/nonexistent/bwrap", work_root=work_root)
    async with Pool(config) as pool:
        assert pool.report is not None and pool.report.ok and not pool.report.namespaces
        assert any("WITHOUT namespaces" in w for w in pool.report.warnings)
        assert (await pool.run(ECHO, "run", {"i": 3})).value == 3
    assert any("WITHOUT namespaces" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


async def test_auto_uses_bubblewrap_where_it_works() -> None:
    if sys.platform != "linux":
        pytest.skip("Linux only")
    async with Pool(PoolConfig(workers=1, bwrap="auto", self_test=False)) as pool:
        report = pool.report
        assert report is not None and not report.tested
        assert pool.namespaces == bool(report.layers[0].active)
        assert (await pool.run(ECHO, "run", {"i": 4})).value == 4


async def test_preloaded_modules_are_ready_and_a_missing_one_is_only_a_warning(work_root: Path) -> None:
    config = PoolConfig(workers=1, bwrap="off", self_test=False, work_root=work_root,
                        preload_modules=["json", "decimal", "no_such_module_here"])  # fmt: skip
    async with Pool(config) as pool:
        assert pool.report is not None
        assert any("no_such_module_here" in w for w in pool.report.warnings)
        source = "import sys\ndef run():\n    return ['decimal' in sys.modules, 'no_such_module_here' in sys.modules]\n"
        assert (await pool.run(source)).value == [True, False]


def test_a_config_with_impossible_values_is_refused() -> None:
    for bad in ({"workers": 0}, {"memory_mb": 0}, {"bwrap": "maybe"}, {"preload_modules": ["os; rm"]}):
        with pytest.raises(ValueError):
            PoolConfig(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("when", ["spawning", "self-testing"])
async def test_close_during_start_stops_everything_and_start_fails(mode: str, when: str, work_root: Path) -> None:
    before = descendants(os.getpid())
    pool = Pool(PoolConfig(workers=2, bwrap=mode, work_root=work_root))
    starting = asyncio.create_task(pool.start())
    for _ in range(3):
        await asyncio.sleep(0)
    if when == "self-testing":  # bounded wait until both workers are up
        for _ in range(400):
            if len(pool.worker_pids) == 2 or starting.done():
                break
            await asyncio.sleep(0.005)
        assert not starting.done()
    await pool.close()
    with pytest.raises(SandboxError):
        await starting
    with pytest.raises(SandboxError, match="closed"):
        await pool.run(ECHO, "run", {"i": 1})
    assert list(work_root.iterdir()) == []
    assert descendants(os.getpid()) <= before  # nothing it started survives


def test_the_public_surface_is_pinned() -> None:
    import sandbox

    assert sorted(sandbox.__all__) == [
        "Attempt", "JSON", "Layer", "Pool", "PoolConfig", "Result", "SandboxError", "SelfTestReport",
    ]  # fmt: skip
    assert [f for f in sandbox.Result.__dataclass_fields__] == ["ok", "value", "error", "error_type", "duration_ms"]


async def test_cpu_time_is_capped_even_under_a_longer_wall_clock_deadline(work_root: Path) -> None:
    async with await started("off", work_root, workers=1, cpu_s=1) as pool:
        result = await pool.run("def run():\n    while True:\n        pass\n", timeout=10)
        assert (result.ok, result.error_type) == (False, "Timeout")
        assert "CPU" in (result.error or "") and result.duration_ms < 5000
        assert (await pool.run(ECHO, "run", {"i": 6})).value == 6


@pytest.mark.parametrize("mode", MODES)
async def test_a_directory_too_deep_to_wipe_costs_a_worker_not_the_result(mode: str, work_root: Path) -> None:
    deep = "import os\ndef run():\n    for _ in range(1500):\n        os.mkdir('d')\n        os.chdir('d')\n"
    deep += "    return 'deep'\n"
    async with await started(mode, work_root, workers=1) as pool:
        (first,) = pool.worker_pids
        assert (await pool.run(deep, timeout=10)).value == "deep"
        assert pool.stats["recycled"] == 1
        assert (await pool.run(ECHO, "run", {"i": 7})).value == 7 and pool.worker_pids != [first]
    assert list(work_root.iterdir()) == []
