# family: ordinary, blind round 48 (asyncio.gather simulated fetch)
import asyncio
import random
import time

FAKE_SERVICES = {
    "users": (0.05, {"count": 1523}),
    "orders": (0.08, {"open": 37, "closed": 1190}),
    "inventory": (0.03, {"skus": 412}),
    "billing": (0.20, None),  # will time out
    "search": (0.02, "error"),  # will raise
}


class ServiceError(Exception):
    pass


async def fetch(name: str) -> dict:
    delay, payload = FAKE_SERVICES[name]
    await asyncio.sleep(delay)
    if payload == "error":
        raise ServiceError(f"{name} returned 503")
    return {"service": name, "data": payload}


async def fetch_with_timeout(name: str, timeout: float = 0.1):
    try:
        return await asyncio.wait_for(fetch(name), timeout)
    except asyncio.TimeoutError:
        return {"service": name, "error": "timeout"}


async def dashboard():
    start = time.perf_counter()
    results = await asyncio.gather(
        *(fetch_with_timeout(n) for n in FAKE_SERVICES), return_exceptions=True
    )
    elapsed = time.perf_counter() - start
    for name, res in zip(FAKE_SERVICES, results):
        if isinstance(res, Exception):
            print(f"  {name:<10} FAILED  {res}")
        elif "error" in res:
            print(f"  {name:<10} {res['error'].upper()}")
        else:
            print(f"  {name:<10} ok      {res['data']}")
    # concurrency means total ~ slowest call, not the sum
    print(f"finished in under 0.15s: {elapsed < 0.15}")


async def jittered_retries(attempts=4):
    rng = random.Random(7)
    for i in range(1, attempts + 1):
        backoff = min(0.01 * 2 ** i, 0.05) * rng.uniform(0.5, 1.0)
        await asyncio.sleep(backoff)
        if rng.random() > 0.6:
            return f"succeeded on attempt {i}"
    return "gave up"


if __name__ == "__main__":
    asyncio.run(dashboard())
    print(asyncio.run(jittered_retries()))
