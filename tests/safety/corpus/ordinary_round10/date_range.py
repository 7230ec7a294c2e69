"""Generate business days between two dates, skipping weekends and holidays."""

from collections.abc import Iterable, Iterator
from datetime import date, timedelta


def parse_date(text: str) -> date:
    return date.fromisoformat(text.strip())


def daterange(start: date, end: date) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=1)


def business_days(start: str, end: str, holidays: Iterable[str] = ()) -> list[str]:
    """Return ISO dates of working days in [start, end]."""
    first, last = parse_date(start), parse_date(end)
    if last < first:
        first, last = last, first
    skip = {parse_date(h) for h in holidays}
    return [
        d.isoformat()
        for d in daterange(first, last)
        if d.weekday() < 5 and d not in skip
    ]


def count_business_days(start: str, end: str, holidays: Iterable[str] = ()) -> int:
    return len(business_days(start, end, holidays))


if __name__ == "__main__":
    days = business_days("2024-12-20", "2025-01-03", holidays=["2024-12-25", "2025-01-01"])
    print(len(days), days)
