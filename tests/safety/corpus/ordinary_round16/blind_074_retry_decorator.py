"""Retry and memoise-with-TTL decorators built from nested functions."""
import functools
import time
import random


def retry(times: int = 3, exceptions=(Exception,), backoff: float = 0.01, jitter: float = 0.0):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    wrapper.failures.append(f"attempt {attempt}: {exc}")
                    if attempt == times:
                        raise
                    time.sleep(delay + random.uniform(0, jitter))
                    delay *= 2
        wrapper.failures = []
        return wrapper
    return decorator


def ttl_cache(seconds: float, clock=time.monotonic):
    def decorator(fn):
        store: dict = {}

        @functools.wraps(fn)
        def wrapper(*args):
            now = clock()
            hit = store.get(args)
            if hit and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args)
            store[args] = (now, value)
            return value
        wrapper.clear = store.clear
        return wrapper
    return decorator


if __name__ == "__main__":
    calls = {"n": 0}

    @retry(times=4, exceptions=(ConnectionError,))
    def flaky(x):
        calls["n"] += 1
        if calls["n"] < 3:
            raise ConnectionError("temporary failure")
        return x * 2

    print(flaky(21), flaky.failures, flaky.__name__)

    @ttl_cache(seconds=0.05)
    def slow_square(n):
        calls["n"] += 1
        return n * n

    before = calls["n"]
    print(slow_square(4), slow_square(4), calls["n"] - before)
    time.sleep(0.06)
    print(slow_square(4), calls["n"] - before)
