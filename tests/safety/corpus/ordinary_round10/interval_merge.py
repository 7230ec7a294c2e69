"""Merge overlapping time intervals and compute free slots."""

from datetime import datetime, timedelta
from operator import itemgetter

Interval = tuple[datetime, datetime]
FMT = "%H:%M"


def _parse(day: str, span: str) -> Interval:
    start, end = (datetime.strptime(f"{day} {t.strip()}", f"%Y-%m-%d {FMT}") for t in span.split("-"))
    if end <= start:
        raise ValueError(f"interval {span!r} ends before it starts")
    return start, end


def merge_intervals(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals, key=itemgetter(0)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(day: str, busy: list[str], work: str = "09:00-17:00", min_minutes: int = 30) -> list[str]:
    day_start, day_end = _parse(day, work)
    blocks = merge_intervals([_parse(day, b) for b in busy])
    slots = []
    cursor = day_start
    for start, end in blocks + [(day_end, day_end)]:
        start, end = max(start, day_start), min(end, day_end)
        if start - cursor >= timedelta(minutes=min_minutes):
            slots.append(f"{cursor:{FMT}}-{start:{FMT}}")
        cursor = max(cursor, end)
    return slots


if __name__ == "__main__":
    print(free_slots("2024-05-06", ["10:00-11:00", "10:30-12:00", "13:00-13:15", "16:45-18:00"]))
