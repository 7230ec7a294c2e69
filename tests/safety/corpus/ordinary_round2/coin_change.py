# ordinary: minimum coins and number of ways to make change (classic DP)
import math
from typing import Optional

US_COINS = (1, 5, 10, 25)


def min_coins(amount: int, coins=US_COINS) -> Optional[list[int]]:
    """Return the shortest list of coins summing to amount, or None."""
    best = [0] + [math.inf] * amount
    last = [-1] * (amount + 1)
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and best[total - coin] + 1 < best[total]:
                best[total] = best[total - coin] + 1
                last[total] = coin
    if best[amount] == math.inf:
        return None
    result = []
    while amount:
        result.append(last[amount])
        amount -= last[amount]
    return sorted(result, reverse=True)


def count_ways(amount: int, coins=US_COINS) -> int:
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]


def describe_change(amount: int, coins=US_COINS) -> str:
    picked = min_coins(amount, coins)
    if picked is None:
        return f"{amount} cannot be made from {coins}"
    from collections import Counter
    counts = Counter(picked)
    parts = ", ".join(f"{n}x{c}" for c, n in sorted(counts.items(), reverse=True))
    return f"{amount}: {len(picked)} coins ({parts}); {count_ways(amount, coins):,} ways total"


if __name__ == "__main__":
    for amt in (0, 7, 63, 100):
        print(describe_change(amt))
    print(describe_change(7, (2, 4)))
