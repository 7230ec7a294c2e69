"""Time named sections of a computation using context managers."""
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterator


class Profiler:
    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[str] = []

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        path = "/".join(self._stack + [name])
        self._stack.append(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.totals[path] += time.perf_counter() - start
            self.calls[path] += 1
            self._stack.pop()

    def report(self) -> list[str]:
        width = max((len(k) for k in self.totals), default=10)
        return [f"{path:<{width}}  {self.calls[path]:>4}x  {secs * 1000:8.3f} ms"
                for path, secs in sorted(self.totals.items())]


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def profile_primes(limit: int = 5000, chunks: int = 4) -> dict:
    prof = Profiler()
    found: list[int] = []
    with prof.section("total"):
        size = limit // chunks + 1
        for c in range(chunks):
            with prof.section("chunk"):
                found.extend(n for n in range(c * size, min((c + 1) * size, limit)) if _is_prime(n))
        with prof.section("summary"):
            gaps = [b - a for a, b in zip(found, found[1:])]
    return {"primes": len(found), "largest_gap": max(gaps, default=0), "report": prof.report()}


if __name__ == "__main__":
    print("\n".join(profile_primes(20000)["report"]))
