"""Counting problems solved with memoised recursion (functools.cache)."""

from functools import cache, reduce
from math import comb


@cache
def fibonacci(n: int) -> int:
    if n < 0:
        raise ValueError("n must be non-negative")
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


@cache
def grid_paths(rows: int, cols: int, blocked: frozenset[tuple[int, int]] = frozenset()) -> int:
    """Paths from (0,0) to (rows-1, cols-1) moving right/down, avoiding blocked cells."""
    def count(r: int, c: int) -> int:
        return _count(r, c, blocked)
    return count(rows - 1, cols - 1)


@cache
def _count(r: int, c: int, blocked: frozenset[tuple[int, int]]) -> int:
    if r < 0 or c < 0 or (r, c) in blocked:
        return 0
    if r == 0 and c == 0:
        return 1
    return _count(r - 1, c, blocked) + _count(r, c - 1, blocked)


@cache
def coin_change_ways(amount: int, coins: tuple[int, ...]) -> int:
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_change_ways(amount - coins[0], coins) + coin_change_ways(amount, coins[1:])


def counting_answers(n: int = 30) -> dict[str, int]:
    return {
        "fibonacci": fibonacci(n),
        "grid_5x5": grid_paths(5, 5),
        "grid_check": comb(8, 4),
        "grid_blocked": grid_paths(5, 5, frozenset({(2, 2), (1, 3)})),
        "coins_100": coin_change_ways(100, (50, 25, 10, 5, 1)),
        "factorial_10": reduce(lambda a, b: a * b, range(1, 11), 1),
    }


if __name__ == "__main__":
    print(counting_answers())
