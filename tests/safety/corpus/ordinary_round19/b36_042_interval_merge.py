"""Interval utilities: merge overlaps, find free slots, check conflicts."""
from typing import NamedTuple


class Interval(NamedTuple):
    start: int
    end: int

    def overlaps(self, other: "Interval") -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start


def merge(intervals: list[Interval]) -> list[Interval]:
    """Merge overlapping or touching intervals."""
    merged: list[Interval] = []
    for iv in sorted(intervals):
        if merged and iv.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Interval(last.start, max(last.end, iv.end))
        else:
            merged.append(iv)
    return merged


def free_slots(busy: list[Interval], day: Interval, min_length: int = 0) -> list[Interval]:
    """Gaps within ``day`` not covered by any busy interval."""
    slots = []
    cursor = day.start
    for iv in merge(busy):
        if iv.start > cursor:
            slots.append(Interval(cursor, min(iv.start, day.end)))
        cursor = max(cursor, iv.end)
    if cursor < day.end:
        slots.append(Interval(cursor, day.end))
    return [s for s in slots if s.length >= min_length and s.length > 0]


def conflicts(intervals: list[Interval]) -> list[tuple[Interval, Interval]]:
    ordered = sorted(intervals)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:] if a.overlaps(b)]


def fmt(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


if __name__ == "__main__":
    meetings = [Interval(540, 600), Interval(570, 630), Interval(720, 780), Interval(900, 960), Interval(960, 990)]
    print(merge(meetings))
    for s in free_slots(meetings, Interval(480, 1080), min_length=30):
        print(f"free {fmt(s.start)}-{fmt(s.end)}")
    print(conflicts(meetings))
