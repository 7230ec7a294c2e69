"""Interval arithmetic: merge, intersect, subtract and find free slots."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, order=True)
class Interval:
    start: float
    end: float

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"interval end {self.end} before start {self.start}")

    def __len__(self) -> int:
        return int(self.end - self.start)

    def __contains__(self, x: float) -> bool:
        return self.start <= x < self.end

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def __and__(self, other: Interval) -> Interval | None:
        lo, hi = max(self.start, other.start), min(self.end, other.end)
        return Interval(lo, hi) if lo < hi else None


def merge(intervals: list[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for iv in sorted(intervals):
        if out and iv.start <= out[-1].end:
            out[-1] = Interval(out[-1].start, max(out[-1].end, iv.end))
        else:
            out.append(iv)
    return out


def subtract(base: Interval, busy: list[Interval]) -> list[Interval]:
    free, cursor = [], base.start
    for iv in merge(busy):
        if iv.end <= cursor or iv.start >= base.end:
            continue
        if iv.start > cursor:
            free.append(Interval(cursor, iv.start))
        cursor = max(cursor, iv.end)
    if cursor < base.end:
        free.append(Interval(cursor, base.end))
    return free


def free_slots(day_start: str, day_end: str, meetings: list[tuple[str, str]], min_minutes: int = 30) -> list[str]:
    to_ts = lambda s: datetime.fromisoformat(s).timestamp()
    day = Interval(to_ts(day_start), to_ts(day_end))
    busy = [Interval(to_ts(a), to_ts(b)) for a, b in meetings]
    slots = [s for s in subtract(day, busy) if len(s) >= min_minutes * 60]
    fmt = lambda ts: datetime.fromtimestamp(ts).strftime("%H:%M")
    return [f"{fmt(s.start)}-{fmt(s.end)} ({timedelta(seconds=len(s))})" for s in slots]


if __name__ == "__main__":
    print(merge([Interval(1, 3), Interval(2, 6), Interval(8, 10), Interval(10, 12), Interval(15, 18)]))
    print(Interval(1, 5) & Interval(3, 9), Interval(1, 2) & Interval(3, 4), 4 in Interval(1, 5))
    print(free_slots("2024-05-06T09:00", "2024-05-06T17:00",
                     [("2024-05-06T09:30", "2024-05-06T10:00"), ("2024-05-06T09:45", "2024-05-06T11:00"),
                      ("2024-05-06T12:00", "2024-05-06T12:20"), ("2024-05-06T16:45", "2024-05-06T18:00")]))
