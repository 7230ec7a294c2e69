# ordinary: decorators that time calls and count invocations, preserving metadata with functools.wraps
import time
from collections import defaultdict
from functools import wraps
from typing import Callable, Dict, List, TypeVar

F = TypeVar("F", bound=Callable)
TIMINGS: Dict[str, List[float]] = defaultdict(list)


def timed(func: F) -> F:
    @wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            TIMINGS[func.__qualname__].append(time.perf_counter() - start)
    return wrapper  # type: ignore[return-value]


def count_calls(func: F) -> F:
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper  # type: ignore[return-value]


@timed
@count_calls
def fib(n: int) -> int:
    """Naive Fibonacci, deliberately slow."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Sorter:
    @timed
    def bubble(self, items: list[int]) -> list[int]:
        items = list(items)
        for i in range(len(items)):
            for j in range(len(items) - 1 - i):
                if items[j] > items[j + 1]:
                    items[j], items[j + 1] = items[j + 1], items[j]
        return items


def report() -> str:
    lines = [f"{'function':<16}{'calls':>7}{'total ms':>10}{'avg µs':>10}"]
    for name, samples in sorted(TIMINGS.items()):
        total = sum(samples)
        lines.append(f"{name:<16}{len(samples):>7}{total * 1e3:>10.2f}{total / len(samples) * 1e6:>10.1f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(fib(15), fib.__name__, fib.__doc__)
    Sorter().bubble([5, 3, 8, 1, 9, 2])
    print(report())
