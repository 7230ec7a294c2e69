"""Decorators for timing and retrying flaky computations."""
import functools
import time
from typing import Any, Callable

CALL_LOG: list[str] = []


def timed(func: Callable) -> Callable:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            elapsed = (time.perf_counter() - start) * 1000
            CALL_LOG.append(f"{func.__name__} took {elapsed:.3f} ms")
    return wrapper


def retry(times: int = 3, exceptions: tuple[type[BaseException], ...] = (ValueError,), delay: float = 0.0):
    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            last_exc: BaseException | None = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last_exc = exc
                    CALL_LOG.append(f"{func.__name__} attempt {attempt} failed: {exc}")
                    if delay:
                        time.sleep(delay * attempt)
            raise RuntimeError(f"{func.__name__} failed after {times} attempts") from last_exc
        return wrapper
    return decorator


class FlakySource:
    """Fails the first `failures` reads, then returns data."""

    def __init__(self, failures: int, data: list[float]) -> None:
        self.failures = failures
        self.data = data

    def read(self) -> list[float]:
        if self.failures > 0:
            self.failures -= 1
            raise ValueError("temporary read failure")
        return self.data


def average_with_retry(values: list[float], failures: int = 2, attempts: int = 3) -> dict:
    CALL_LOG.clear()
    source = FlakySource(failures, values)

    @timed
    @retry(times=attempts)
    def load_and_average() -> float:
        data = source.read()
        return sum(data) / len(data)

    try:
        result: float | None = load_and_average()
    except RuntimeError as exc:
        result = None
        CALL_LOG.append(str(exc))
    return {"average": result, "log": list(CALL_LOG), "wrapped_name": load_and_average.__name__}


if __name__ == "__main__":
    print(average_with_retry([1, 2, 3, 4]))
    print(average_with_retry([1, 2], failures=5))
