"""Classic dynamic-programming helpers with memoisation: edit distance, knapsack, coin change."""
from __future__ import annotations

from functools import lru_cache


def edit_distance(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def d(i: int, j: int) -> int:
        if i == 0 or j == 0:
            return i or j
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    return d(len(a), len(b))


def knapsack(items: list[tuple[str, int, int]], capacity: int) -> tuple[int, list[str]]:
    """items are (name, weight, value); returns best value and chosen names."""
    @lru_cache(maxsize=None)
    def best(i: int, cap: int) -> int:
        if i == len(items):
            return 0
        _, w, v = items[i]
        skip = best(i + 1, cap)
        return max(skip, v + best(i + 1, cap - w)) if w <= cap else skip

    chosen, cap = [], capacity
    for i, (name, w, v) in enumerate(items):
        if w <= cap and best(i, cap) == v + best(i + 1, cap - w):
            chosen.append(name)
            cap -= w
    return best(0, capacity), chosen


def min_coins(amount: int, coins: tuple[int, ...] = (1, 5, 10, 25)) -> list[int] | None:
    table: list[list[int] | None] = [[]] + [None] * amount
    for total in range(1, amount + 1):
        options = [table[total - c] + [c] for c in coins if c <= total and table[total - c] is not None]
        table[total] = min(options, key=len) if options else None
    return table[amount]


@lru_cache(maxsize=256)
def count_paths(rows: int, cols: int) -> int:
    """Number of monotone lattice paths through a rows x cols grid."""
    if rows == 1 or cols == 1:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)


if __name__ == "__main__":
    print(edit_distance("kitten", "sitting"), edit_distance("", "abc"))
    gear = [("tent", 5, 60), ("stove", 3, 50), ("camera", 4, 70), ("book", 2, 30)]
    print(knapsack(gear, 9))
    print(min_coins(63), min_coins(7, (2, 4)), min_coins(12, (1, 6, 9)))
    print(count_paths(10, 10), count_paths.cache_info().hits > 0)
