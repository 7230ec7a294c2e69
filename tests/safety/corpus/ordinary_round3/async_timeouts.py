# ordinary: run async tasks with per-task timeouts and collect successes and failures
import asyncio
import time


async def simulated_job(name, duration, fail=False):
    await asyncio.sleep(duration)
    if fail:
        raise RuntimeError(f"{name} crashed")
    return f"{name} done in {duration:.2f}s"


async def run_with_timeout(coro, seconds):
    try:
        return "ok", await asyncio.wait_for(coro, timeout=seconds)
    except asyncio.TimeoutError:
        return "timeout", None
    except Exception as exc:
        return "error", f"{type(exc).__name__}: {exc}"


async def run_all(specs, timeout=0.05):
    started = time.perf_counter()
    coros = [run_with_timeout(simulated_job(name, d, fail), timeout) for name, d, fail in specs]
    outcomes = await asyncio.gather(*coros)
    elapsed = time.perf_counter() - started
    return dict(zip((s[0] for s in specs), outcomes)), elapsed


async def first_completed(specs):
    tasks = {asyncio.create_task(simulated_job(name, d)): name for name, d, _ in specs}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return [tasks[t] for t in done]


if __name__ == "__main__":
    specs = [("resize", 0.01, False), ("upload", 0.2, False), ("thumbnail", 0.02, True), ("index", 0.03, False)]
    outcomes, elapsed = asyncio.run(run_all(specs))
    for name, (status, detail) in outcomes.items():
        print(f"{name:<10} {status:<8} {detail}")
    print(f"total {elapsed:.2f}s (concurrent)")
    print("first:", asyncio.run(first_completed(specs)))
