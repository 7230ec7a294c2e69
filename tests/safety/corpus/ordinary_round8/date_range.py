"""Generate ranges of dates, optionally skipping weekends or converting zones."""
from datetime import date, datetime, timedelta
from typing import Iterator
from zoneinfo import ZoneInfo

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def iter_days(start: date, end: date, step: int = 1) -> Iterator[date]:
    if step <= 0:
        raise ValueError("step must be positive")
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


def business_days(start: date, end: date) -> Iterator[date]:
    yield from (d for d in iter_days(start, end) if d.weekday() < 5)


def date_range(start: str, end: str, business_only: bool = False, step: int = 1,
               tz: str = "UTC") -> dict:
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    if d1 < d0:
        d0, d1 = d1, d0
    days = list(business_days(d0, d1)) if business_only else list(iter_days(d0, d1, step))
    zone = ZoneInfo(tz)
    midnights = [datetime(d.year, d.month, d.day, tzinfo=zone) for d in days[:3]]
    return {
        "count": len(days),
        "dates": [f"{d.isoformat()} ({WEEKDAY_NAMES[d.weekday()]})" for d in days],
        "span_days": (d1 - d0).days,
        "first_midnights_utc": [m.astimezone(ZoneInfo("UTC")).isoformat() for m in midnights],
    }


if __name__ == "__main__":
    print(date_range("2024-03-01", "2024-03-12", business_only=True, tz="Europe/Berlin"))
