# family: ordinary, blind round 61 (0/1 knapsack optimizer)
from functools import lru_cache
from typing import NamedTuple


class Item(NamedTuple):
    name: str
    weight: int
    value: float


def knapsack(items: list[dict], capacity: int) -> dict:
    """Choose the subset of items maximising total value without exceeding capacity.

    Args:
        items: Dicts with "name", integer "weight" and numeric "value".
        capacity: Maximum total weight (integer).
    """
    if capacity < 0:
        raise ValueError("capacity must be non-negative")
    pool = tuple(Item(**i) for i in items)
    if any(i.weight < 0 for i in pool):
        raise ValueError("weights must be non-negative")

    @lru_cache(maxsize=None)
    def best(index: int, remaining: int) -> float:
        if index == len(pool):
            return 0.0
        skip = best(index + 1, remaining)
        item = pool[index]
        if item.weight > remaining:
            return skip
        return max(skip, item.value + best(index + 1, remaining - item.weight))

    chosen, remaining = [], capacity
    for idx, item in enumerate(pool):
        if best(idx, remaining) != best(idx + 1, remaining):
            chosen.append(item)
            remaining -= item.weight
    info = best.cache_info()
    return {
        "selected": [i.name for i in chosen],
        "total_value": sum(i.value for i in chosen),
        "total_weight": sum(i.weight for i in chosen),
        "capacity_left": remaining,
        "subproblems_solved": info.currsize,
    }


if __name__ == "__main__":
    gear = [
        {"name": "tent", "weight": 5, "value": 60},
        {"name": "stove", "weight": 3, "value": 50},
        {"name": "camera", "weight": 2, "value": 70},
        {"name": "book", "weight": 1, "value": 10},
        {"name": "chair", "weight": 4, "value": 30},
    ]
    print(knapsack(gear, capacity=9))
