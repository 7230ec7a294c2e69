"""Counting helpers backed by memoisation."""
from functools import cache, lru_cache
from math import comb

__all__ = ["partitions", "stair_ways", "catalan", "combinatorics"]


@cache
def partitions(n: int, max_part: int | None = None) -> int:
    """Number of ways to write n as a sum of positive integers <= max_part."""
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    return partitions(n - max_part, max_part) + partitions(n, max_part - 1)


@lru_cache(maxsize=1024)
def stair_ways(steps: int, max_jump: int = 2) -> int:
    if steps < 0:
        return 0
    if steps == 0:
        return 1
    return sum(stair_ways(steps - j, max_jump) for j in range(1, max_jump + 1))


def catalan(n: int) -> int:
    return comb(2 * n, n) // (n + 1)


def combinatorics(n: int, k: int = 2, max_jump: int = 2) -> dict:
    if n < 0 or k < 0:
        raise ValueError("n and k must be non-negative")
    result = {
        "n": n,
        "combinations": comb(n, k),
        "partitions": partitions(n),
        "stair_ways": stair_ways(n, max_jump),
        "catalan": catalan(n),
    }
    info = stair_ways.cache_info()
    result["cache_hits"] = info.hits
    return result


if __name__ == "__main__":
    for n in (5, 10, 30):
        print(combinatorics(n, 3))
