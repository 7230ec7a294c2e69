"""Top-k, k-way merge and running median with heapq."""
import heapq
from typing import Iterable


def top_k(items: Iterable[tuple[str, float]], k: int = 3, largest: bool = True) -> list[tuple[str, float]]:
    pick = heapq.nlargest if largest else heapq.nsmallest
    return pick(k, items, key=lambda kv: kv[1])


def merge_sorted(*lists: list[int]) -> list[int]:
    return list(heapq.merge(*lists))


class RunningMedian:
    def __init__(self):
        self._low: list[float] = []   # max-heap (negated)
        self._high: list[float] = []  # min-heap

    def add(self, x: float) -> float:
        if not self._low or x <= -self._low[0]:
            heapq.heappush(self._low, -x)
        else:
            heapq.heappush(self._high, x)
        if len(self._low) > len(self._high) + 1:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        elif len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))
        return self.median

    @property
    def median(self) -> float:
        if len(self._low) > len(self._high):
            return -self._low[0]
        return (-self._low[0] + self._high[0]) / 2


def k_closest(points: list[tuple[float, float]], origin=(0.0, 0.0), k: int = 2):
    ox, oy = origin
    return heapq.nsmallest(k, points, key=lambda p: (p[0] - ox) ** 2 + (p[1] - oy) ** 2)


if __name__ == "__main__":
    scores = [("ann", 91), ("bob", 78), ("cid", 88), ("dee", 95), ("eve", 60)]
    print(top_k(scores), top_k(scores, 2, largest=False))
    print(merge_sorted([1, 4, 9], [2, 3, 10], [0, 5]))
    rm = RunningMedian()
    print([rm.add(x) for x in [5, 15, 1, 3, 8, 7, 9, 10]])
    print(k_closest([(1, 2), (3, 3), (-1, 0), (5, -1)], k=2))
