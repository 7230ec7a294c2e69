"""A retry decorator with exponential backoff, demonstrated on a flaky function."""

import functools
import random
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def retry(attempts: int = 3, exceptions: tuple[type[BaseException], ...] = (Exception,),
          base_delay: float = 0.1, sleep: Callable[[float], None] | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorator(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                    if sleep is not None:
                        sleep(delay)
                    delay *= 2
            raise RuntimeError("unreachable")
        return wrapper
    return decorator


def run_flaky_job(failure_rate: float, seed: int = 0, attempts: int = 5) -> dict[str, object]:
    rng = random.Random(seed)
    calls = {"count": 0}
    waits: list[float] = []

    @retry(attempts=attempts, exceptions=(ConnectionError,), sleep=waits.append)
    def flaky() -> str:
        calls["count"] += 1
        if rng.random() < failure_rate:
            raise ConnectionError("transient failure")
        return "ok"

    try:
        result = flaky()
    except ConnectionError:
        result = "gave up"
    return {"result": result, "calls": calls["count"], "waits": waits}


if __name__ == "__main__":
    print(run_flaky_job(0.7, seed=3))
