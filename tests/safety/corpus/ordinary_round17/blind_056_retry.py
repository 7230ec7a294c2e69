"""Retry decorator with exponential backoff for sync and async callables."""
import asyncio
import functools
import random
import time


class RetryError(Exception):
    def __init__(self, attempts: int, last: BaseException):
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.attempts, self.last = attempts, last


def backoff_delays(attempts: int, base: float, cap: float, jitter: bool, rng=random.random):
    for n in range(attempts - 1):
        delay = min(cap, base * 2 ** n)
        yield delay * (0.5 + rng() / 2) if jitter else delay


def retry(attempts: int = 3, base: float = 0.01, cap: float = 1.0,
          exceptions: tuple = (Exception,), jitter: bool = True):
    def decorate(func):
        if asyncio.iscoroutinefunction(func):
            @functools.wraps(func)
            async def async_wrapper(*args, **kwargs):
                delays = backoff_delays(attempts, base, cap, jitter)
                for n in range(1, attempts + 1):
                    try:
                        return await func(*args, **kwargs)
                    except exceptions as exc:
                        if n == attempts:
                            raise RetryError(n, exc) from exc
                        await asyncio.sleep(next(delays))
            return async_wrapper

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delays = backoff_delays(attempts, base, cap, jitter)
            for n in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if n == attempts:
                        raise RetryError(n, exc) from exc
                    time.sleep(next(delays))
        return wrapper
    return decorate


def flaky(fail_times: int):
    state = {"calls": 0}

    def call():
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise ConnectionError(f"attempt {state['calls']} failed")
        return f"ok after {state['calls']} calls"
    return call


if __name__ == "__main__":
    print(retry(attempts=4)(flaky(2))())
    try:
        retry(attempts=2, exceptions=(ConnectionError,))(flaky(5))()
    except RetryError as e:
        print(e)

    @retry(attempts=3, jitter=False)
    async def sometimes(counter=[0]):
        counter[0] += 1
        if counter[0] < 3:
            raise TimeoutError("slow")
        return counter[0]
    print(asyncio.run(sometimes()), list(backoff_delays(5, 0.1, 0.5, False)))
