# ordinary: count and add business days between dates, skipping weekends and holidays
from datetime import date, timedelta
from typing import Iterable, Iterator

DEFAULT_HOLIDAYS = frozenset({
    date(2024, 1, 1),
    date(2024, 7, 4),
    date(2024, 12, 25),
})


def is_business_day(day: date, holidays: Iterable[date] = DEFAULT_HOLIDAYS) -> bool:
    return day.weekday() < 5 and day not in holidays


def iter_days(start: date, end: date) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=1)


def business_days_between(start: date, end: date, holidays=DEFAULT_HOLIDAYS) -> int:
    """Inclusive count of business days in [start, end]."""
    if end < start:
        start, end = end, start
    return sum(1 for d in iter_days(start, end) if is_business_day(d, holidays))


def add_business_days(start: date, n: int, holidays=DEFAULT_HOLIDAYS) -> date:
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    current = start
    while remaining:
        current += step
        if is_business_day(current, holidays):
            remaining -= 1
    return current


if __name__ == "__main__":
    s, e = date(2024, 12, 20), date(2025, 1, 3)
    print(f"Business days {s:%b %d} - {e:%b %d, %Y}: {business_days_between(s, e)}")
    print("10 business days after", s.isoformat(), "is", add_business_days(s, 10).isoformat())
