# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Merge, intersect and query numeric intervals."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True, slots=True)
class Interval:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"end {self.end} before start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def touches(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for iv in sorted(intervals):
        if out and out[-1].touches(iv):
            out[-1] = Interval(out[-1].start, max(out[-1].end, iv.end))
        else:
            out.append(iv)
    return out


def intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    i = j = 0
    result: list[Interval] = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i].start, b[j].start), min(a[i].end, b[j].end)
        if lo < hi:
            result.append(Interval(lo, hi))
        if a[i].end < b[j].end:
            i += 1
        else:
            j += 1
    return result


class IntervalIndex:
    __slots__ = ("_items", "_starts")

    def __init__(self, intervals: Iterable[Interval]) -> None:
        self._items = merge(intervals)
        self._starts = [iv.start for iv in self._items]

    def contains(self, point: int) -> bool:
        idx = bisect.bisect_right(self._starts, point) - 1
        return idx >= 0 and self._items[idx].start <= point < self._items[idx].end

    def coverage(self) -> int:
        return sum(len(iv) for iv in self._items)


if __name__ == "__main__":
    ivs = [Interval(1, 3), Interval(2, 6), Interval(8, 10), Interval(15, 18), Interval(10, 11)]
    merged = merge(ivs)
    print(merged)
    print(intersect(merged, [Interval(0, 2), Interval(5, 9), Interval(16, 20)]))
    idx = IntervalIndex(ivs)
    print([p for p in range(0, 20) if idx.contains(p)], idx.coverage())
