"""Bucket scores into grades and search sorted data with bisect."""
import bisect
from typing import NamedTuple, Sequence


class GradeBand(NamedTuple):
    cutoff: float
    letter: str


BANDS = [GradeBand(60, "D"), GradeBand(70, "C"), GradeBand(80, "B"), GradeBand(90, "A")]


def grade(score: float, bands: Sequence[GradeBand] = BANDS, below: str = "F") -> str:
    """Letter grade for a score, using sorted cutoffs."""
    cutoffs = [b.cutoff for b in bands]
    idx = bisect.bisect_right(cutoffs, score)
    return below if idx == 0 else bands[idx - 1].letter


def count_in_range(sorted_values: Sequence[float], low: float, high: float) -> int:
    """Number of values v with low <= v <= high."""
    return bisect.bisect_right(sorted_values, high) - bisect.bisect_left(sorted_values, low)


def find_closest(sorted_values: Sequence[float], target: float) -> float:
    """Closest value to ``target`` in a non-empty sorted sequence."""
    if not sorted_values:
        raise ValueError("empty sequence")
    i = bisect.bisect_left(sorted_values, target)
    candidates = sorted_values[max(i - 1, 0): i + 1]
    return min(candidates, key=lambda v: (abs(v - target), v))


class SortedList:
    """Minimal sorted container backed by bisect.insort."""

    def __init__(self, items: Sequence[float] = ()) -> None:
        self._items = sorted(items)

    def add(self, value: float) -> None:
        bisect.insort(self._items, value)

    def percentile_rank(self, value: float) -> float:
        return 100 * bisect.bisect_right(self._items, value) / len(self._items)

    def __repr__(self) -> str:
        return f"SortedList({self._items})"


if __name__ == "__main__":
    print([grade(s) for s in [95, 90, 85.5, 72, 60, 59.9]])
    data = [1, 3, 3, 5, 8, 13, 21]
    print(count_in_range(data, 3, 10), find_closest(data, 10), find_closest(data, 17))
    sl = SortedList([50, 20, 80])
    sl.add(65)
    print(sl, sl.percentile_rank(65))
