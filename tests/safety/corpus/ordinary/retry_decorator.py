import functools
import time
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


def retry(times: int = 3, exceptions: tuple = (ValueError,), delay: float = 0.0) -> Callable[[F], F]:
    """Retry a function a few times when it raises one of ``exceptions``."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    if delay:
                        time.sleep(delay * attempt)
            raise RuntimeError(f"{func.__name__} failed after {times} attempts") from last

        wrapper.attempts = times
        return wrapper

    return decorate


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.last_duration = time.perf_counter() - start

    wrapper.last_duration = 0.0
    return wrapper


@retry(times=2)
@timed
def parse_ratio(text: str) -> float:
    numerator, denominator = text.split("/")
    return int(numerator) / int(denominator)
