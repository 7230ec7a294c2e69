# ordinary: 0/1 knapsack dynamic programming with item reconstruction
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    name: str
    weight: int
    value: int

    def __post_init__(self):
        if self.weight <= 0:
            raise ValueError(f"{self.name}: weight must be positive")
        if self.value < 0:
            raise ValueError(f"{self.name}: value cannot be negative")


def knapsack(items: list[Item], capacity: int) -> tuple[int, list[Item]]:
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, item in enumerate(items, start=1):
        for w in range(capacity + 1):
            table[i][w] = table[i - 1][w]
            if item.weight <= w:
                candidate = table[i - 1][w - item.weight] + item.value
                if candidate > table[i][w]:
                    table[i][w] = candidate

    chosen: list[Item] = []
    w = capacity
    for i in range(n, 0, -1):
        if table[i][w] != table[i - 1][w]:
            chosen.append(items[i - 1])
            w -= items[i - 1].weight
    chosen.reverse()
    return table[n][capacity], chosen


def summary(items: list[Item], capacity: int) -> str:
    best, chosen = knapsack(items, capacity)
    used = sum(i.weight for i in chosen)
    rows = "\n".join(f"  - {i.name:<10} w={i.weight:>3} v={i.value:>4}" for i in chosen)
    return f"Best value {best} using {used}/{capacity} weight:\n{rows}"


if __name__ == "__main__":
    gear = [
        Item("tent", 5, 60), Item("stove", 3, 50), Item("camera", 2, 70),
        Item("book", 1, 10), Item("food", 4, 80), Item("water", 3, 90),
    ]
    print(summary(gear, 10))
