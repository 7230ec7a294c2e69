"""Profile a few sorting implementations with a timing decorator."""

import random
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

TIMINGS: dict[str, list[float]] = {}


def timed(func: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            TIMINGS.setdefault(func.__name__, []).append(time.perf_counter() - start)
    return wrapper


@timed
def insertion_sort(data: list[int]) -> list[int]:
    out = list(data)
    for i in range(1, len(out)):
        key, j = out[i], i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


@timed
def merge_sort(data: list[int]) -> list[int]:
    def _merge(xs: list[int]) -> list[int]:
        if len(xs) <= 1:
            return xs
        mid = len(xs) // 2
        left, right = _merge(xs[:mid]), _merge(xs[mid:])
        merged, i, j = [], 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i]); i += 1
            else:
                merged.append(right[j]); j += 1
        return merged + left[i:] + right[j:]
    return _merge(list(data))


@timed
def builtin_sort(data: list[int]) -> list[int]:
    return sorted(data)


def benchmark_sorts(size: int = 300, repeats: int = 3, seed: int = 0) -> dict[str, str]:
    TIMINGS.clear()
    rng = random.Random(seed)
    for _ in range(repeats):
        data = [rng.randint(0, 10_000) for _ in range(size)]
        results = [fn(data) for fn in (insertion_sort, merge_sort, builtin_sort)]
        assert all(r == results[-1] for r in results)
    return {name: f"{min(ts) * 1000:.3f} ms" for name, ts in TIMINGS.items()}


if __name__ == "__main__":
    print(benchmark_sorts())
