# family: ordinary, blind round 50 (schedule meetings)
from datetime import datetime, timedelta

Busy = list[tuple[datetime, datetime]]


def free_slots(calendars: list[Busy], day_start: datetime, day_end: datetime,
               duration: timedelta) -> list[tuple[datetime, datetime]]:
    """Find common free windows at least `duration` long across all calendars."""
    busy = sorted(b for cal in calendars for b in cal)
    merged: Busy = []
    for s, e in busy:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    slots, cursor = [], day_start
    for s, e in merged:
        if s - cursor >= duration:
            slots.append((cursor, s))
        cursor = max(cursor, e)
    if day_end - cursor >= duration:
        slots.append((cursor, day_end))
    return slots


def at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2024, 5, 20, h, m)


if __name__ == "__main__":
    alice = [(at("09:00"), at("10:30")), (at("12:00"), at("13:00")), (at("15:00"), at("16:00"))]
    bob = [(at("10:00"), at("11:00")), (at("13:30"), at("14:00"))]
    carol = [(at("11:00"), at("11:30")), (at("16:30"), at("17:00"))]
    for start, end in free_slots([alice, bob, carol], at("09:00"), at("17:30"), timedelta(minutes=30)):
        print(f"{start:%H:%M} - {end:%H:%M}  ({int((end - start).total_seconds() // 60)} min)")
