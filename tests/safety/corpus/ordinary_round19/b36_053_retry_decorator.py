"""A retry decorator with exponential backoff and jitter."""
import functools
import random
import time
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class RetryError(Exception):
    def __init__(self, attempts: int, last: BaseException):
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.last = last


def retry(
    attempts: int = 3,
    exceptions: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.1,
    max_delay: float = 2.0,
    jitter: float = 0.1,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Retry the wrapped function when it raises one of ``exceptions``."""

    def decorator(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        raise RetryError(attempts, exc) from exc
                    delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                    delay += random.uniform(0, jitter)
                    sleep(delay)
            raise AssertionError("unreachable")

        return wrapper

    return decorator


if __name__ == "__main__":
    waits: list[float] = []
    calls = {"n": 0}

    @retry(attempts=4, exceptions=(ConnectionError,), sleep=waits.append)
    def flaky_fetch(key: str) -> str:
        calls["n"] += 1
        if calls["n"] < 3:
            raise ConnectionError("temporary glitch")
        return f"value-for-{key}"

    print(flaky_fetch("abc"), calls["n"], [round(w, 1) for w in waits])

    @retry(attempts=2, sleep=lambda s: None)
    def always_fails() -> None:
        raise ValueError("bad input")

    try:
        always_fails()
    except RetryError as exc:
        print(exc)
