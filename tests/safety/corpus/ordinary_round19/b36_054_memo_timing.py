"""Memoization and timing decorators, applied to a couple of classic functions."""
import functools
import time
from typing import Any, Callable

TIMINGS: dict[str, list[float]] = {}


def timed(func: Callable[..., Any]) -> Callable[..., Any]:
    """Record wall-clock duration of each call in TIMINGS."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            TIMINGS.setdefault(func.__name__, []).append(time.perf_counter() - start)

    return wrapper


def memoize(func: Callable[..., Any]) -> Callable[..., Any]:
    """Cache results by positional and keyword arguments (must be hashable)."""
    cache: dict[tuple, Any] = {}

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache  # type: ignore[attr-defined]
    wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
    return wrapper


@memoize
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@timed
def fib_report(n: int) -> int:
    return fib(n)


@functools.lru_cache(maxsize=None)
def ways_to_climb(steps: int) -> int:
    return 1 if steps <= 1 else ways_to_climb(steps - 1) + ways_to_climb(steps - 2)


if __name__ == "__main__":
    print(fib_report(80), len(fib.cache))
    print(edit_distance("kitten", "sitting"))
    print(ways_to_climb(30), ways_to_climb.cache_info().hits)
    print(f"fib_report took {TIMINGS['fib_report'][0] * 1000:.3f} ms")
