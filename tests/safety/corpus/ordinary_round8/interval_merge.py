"""Merge, query and measure time intervals (e.g. meeting slots)."""
from bisect import bisect_right
from typing import NamedTuple


class Interval(NamedTuple):
    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Interval") -> bool:
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"


def to_minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def merge(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for iv in sorted(intervals):
        if merged and iv.start <= merged[-1].end:
            last = merged.pop()
            merged.append(Interval(last.start, max(last.end, iv.end)))
        else:
            merged.append(iv)
    return merged


def free_slots(busy: list[Interval], day: Interval, min_length: int) -> list[Interval]:
    slots, cursor = [], day.start
    for iv in merge(busy):
        if iv.start - cursor >= min_length:
            slots.append(Interval(cursor, iv.start))
        cursor = max(cursor, iv.end)
    if day.end - cursor >= min_length:
        slots.append(Interval(cursor, day.end))
    return slots


def find_free_time(busy: list[tuple[str, str]], day_start: str = "09:00", day_end: str = "17:00",
                   min_minutes: int = 30, probe: str | None = None) -> dict:
    ivs = [Interval(to_minutes(a), to_minutes(b)) for a, b in busy]
    merged = merge(ivs)
    result = {
        "busy": [str(i) for i in merged],
        "busy_minutes": sum(i.length for i in merged),
        "free": [str(i) for i in free_slots(ivs, Interval(to_minutes(day_start), to_minutes(day_end)), min_minutes)],
    }
    if probe:
        t = to_minutes(probe)
        idx = bisect_right([i.start for i in merged], t) - 1
        result["probe_busy"] = idx >= 0 and merged[idx].start <= t < merged[idx].end
    return result


if __name__ == "__main__":
    print(find_free_time([("09:30", "10:15"), ("10:00", "11:00"), ("13:00", "13:20"), ("15:45", "16:30")],
                         probe="10:30"))
