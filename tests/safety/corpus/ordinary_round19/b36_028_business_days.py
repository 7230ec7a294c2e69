"""Business-day arithmetic that skips weekends and a list of holidays."""
from datetime import date, timedelta
from typing import Iterable, Iterator


def is_business_day(day: date, holidays: frozenset[date] = frozenset()) -> bool:
    return day.weekday() < 5 and day not in holidays


def business_days_between(start: date, end: date, holidays: Iterable[date] = ()) -> int:
    """Number of business days in [start, end)."""
    hol = frozenset(holidays)
    if end < start:
        return -business_days_between(end, start, hol)
    count = 0
    day = start
    while day < end:
        if is_business_day(day, hol):
            count += 1
        day += timedelta(days=1)
    return count


def add_business_days(start: date, n: int, holidays: Iterable[date] = ()) -> date:
    """Move ``n`` business days forward (or backward if n is negative)."""
    hol = frozenset(holidays)
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    day = start
    while remaining:
        day += step
        if is_business_day(day, hol):
            remaining -= 1
    return day


def business_days_in_month(year: int, month: int, holidays: Iterable[date] = ()) -> Iterator[date]:
    hol = frozenset(holidays)
    day = date(year, month, 1)
    while day.month == month:
        if is_business_day(day, hol):
            yield day
        day += timedelta(days=1)


if __name__ == "__main__":
    holidays = [date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)]
    print(business_days_between(date(2024, 12, 20), date(2025, 1, 3), holidays))
    print(add_business_days(date(2024, 12, 23), 3, holidays))
    print(add_business_days(date(2025, 1, 2), -2, holidays))
    days = list(business_days_in_month(2024, 12, holidays))
    print(len(days), days[-1])
