# ordinary: benchmark a few pure-Python sorting strategies with a timing context manager
import random
import time
from contextlib import contextmanager
from typing import Iterator


class Stopwatch:
    def __init__(self, label: str) -> None:
        self.label = label
        self.elapsed = 0.0

    def __enter__(self) -> "Stopwatch":
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.elapsed = time.perf_counter() - self._start
        return False


@contextmanager
def collecting(results: dict[str, float], label: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        results[label] = round((time.perf_counter() - start) * 1000, 3)


def _insertion(xs: list[int]) -> list[int]:
    out = list(xs)
    for i in range(1, len(out)):
        j, cur = i - 1, out[i]
        while j >= 0 and out[j] > cur:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = cur
    return out


def benchmark_sorts(n: int = 300, seed: int = 1) -> dict:
    """Time built-in sorted vs insertion sort on n random ints (milliseconds)."""
    rng = random.Random(seed)
    data = [rng.randint(0, 10_000) for _ in range(min(n, 3000))]
    results: dict[str, float] = {}
    with collecting(results, "sorted"):
        a = sorted(data)
    with Stopwatch("insertion") as sw:
        b = _insertion(data)
    results[sw.label] = round(sw.elapsed * 1000, 3)
    return {"ms": results, "same": a == b, "n": len(data)}


if __name__ == "__main__":
    print(benchmark_sorts())
