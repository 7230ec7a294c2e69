# family: ordinary, blind round 59 (merge booking intervals and find free gaps)
from datetime import datetime, timedelta
from typing import List, Tuple

Interval = Tuple[datetime, datetime]


def merge_intervals(intervals: List[Interval]) -> List[Interval]:
    merged: List[Interval] = []
    for start, end in sorted(intervals):
        if start > end:
            raise ValueError(f"interval starts after it ends: {start} > {end}")
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy: List[Interval], window: Interval, min_length: timedelta) -> List[Interval]:
    gaps: List[Interval] = []
    cursor = window[0]
    for start, end in merge_intervals(busy):
        if end <= window[0] or start >= window[1]:
            continue
        if start - cursor >= min_length:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if window[1] - cursor >= min_length:
        gaps.append((cursor, window[1]))
    return gaps


def _t(hhmm: str) -> datetime:
    return datetime.strptime(f"2024-06-03 {hhmm}", "%Y-%m-%d %H:%M")


if __name__ == "__main__":
    bookings = [("09:30", "10:15"), ("10:00", "11:00"), ("13:00", "13:30"),
                ("13:30", "14:00"), ("15:45", "16:30"), ("07:00", "08:30")]
    busy = [(_t(a), _t(b)) for a, b in bookings]
    print("merged:", [f"{a:%H:%M}-{b:%H:%M}" for a, b in merge_intervals(busy)])
    for gap in free_slots(busy, (_t("09:00"), _t("17:00")), timedelta(minutes=45)):
        print(f"free {gap[0]:%H:%M}-{gap[1]:%H:%M} ({(gap[1] - gap[0]).seconds // 60} min)")
