"""Retry decorator with exponential backoff and a configurable set of retryable errors."""
from __future__ import annotations

import functools
import random
import time
from typing import Any, Callable, TypeVar

R = TypeVar("R")


class TransientError(Exception):
    """An error that is worth retrying."""


class RetryExhausted(Exception):
    def __init__(self, attempts: int, last: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.attempts, self.last = attempts, last


def retry(attempts: int = 3, base_delay: float = 0.01, factor: float = 2.0,
          retry_on: tuple[type[BaseException], ...] = (TransientError,),
          sleep: Callable[[float], None] = time.sleep) -> Callable[[Callable[..., R]], Callable[..., R]]:
    def decorator(func: Callable[..., R]) -> Callable[..., R]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> R:
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except retry_on as exc:
                    wrapper.failures += 1  # type: ignore[attr-defined]
                    if attempt == attempts:
                        raise RetryExhausted(attempts, exc) from exc
                    sleep(delay + random.uniform(0, delay / 10))
                    delay *= factor
            raise AssertionError("unreachable")
        wrapper.failures = 0  # type: ignore[attr-defined]
        return wrapper
    return decorator


def flaky_source(fail_times: int) -> Callable[[], str]:
    state = {"calls": 0}

    def fetch() -> str:
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise TransientError(f"temporary failure #{state['calls']}")
        return f"ok after {state['calls']} calls"
    return fetch


if __name__ == "__main__":
    delays: list[float] = []
    get_ok = retry(attempts=4, sleep=delays.append)(flaky_source(2))
    print(get_ok(), get_ok.failures, [round(d, 3) for d in delays])
    get_bad = retry(attempts=2, sleep=lambda s: None)(flaky_source(5))
    try:
        get_bad()
    except RetryExhausted as e:
        print(e, e.attempts)
