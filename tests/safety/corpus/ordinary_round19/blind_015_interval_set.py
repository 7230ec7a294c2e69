"""Maintain a set of disjoint half-open integer intervals using bisect."""
from __future__ import annotations

import bisect
from typing import Iterator


class IntervalSet:
    def __init__(self, intervals: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in intervals or []:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if start >= end:
            return
        lo = bisect.bisect_left(self._ends, start)
        hi = bisect.bisect_right(self._starts, end)
        if lo < hi:
            start = min(start, self._starts[lo])
            end = max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]

    def __contains__(self, point: object) -> bool:
        if not isinstance(point, int):
            return False
        i = bisect.bisect_right(self._starts, point) - 1
        return i >= 0 and point < self._ends[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(zip(self._starts, self._ends))

    def __len__(self) -> int:
        return len(self._starts)

    def total_length(self) -> int:
        return sum(e - s for s, e in self)

    def gaps(self) -> list[tuple[int, int]]:
        return [(e, s) for e, s in zip(self._ends, self._starts[1:])]

    def __repr__(self) -> str:
        return f"IntervalSet({list(self)})"


def merge_bookings(bookings: list[tuple[int, int]]) -> dict[str, object]:
    s = IntervalSet(bookings)
    return {"merged": list(s), "busy": s.total_length(), "free_gaps": s.gaps()}


if __name__ == "__main__":
    s = IntervalSet([(1, 3), (10, 12), (2, 5)])
    s.add(5, 6)
    print(s, 4 in s, 6 in s, len(s))
    print(merge_bookings([(900, 1000), (930, 1100), (1300, 1400)]))
