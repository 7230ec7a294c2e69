# family: ordinary, blind round 50 (date ranges and business days)
from datetime import date, timedelta
from typing import Iterable, Iterator

HOLIDAYS_2024 = {
    date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4),
    date(2024, 9, 2), date(2024, 11, 28), date(2024, 12, 25),
}


def date_range(start: date, end: date, step: int = 1) -> Iterator[date]:
    """Yield dates from start to end inclusive."""
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


def is_business_day(d: date, holidays: Iterable[date] = HOLIDAYS_2024) -> bool:
    return d.weekday() < 5 and d not in holidays


def business_days_between(start: date, end: date) -> int:
    return sum(1 for d in date_range(start, end) if is_business_day(d))


def add_business_days(start: date, n: int) -> date:
    step = 1 if n >= 0 else -1
    d, remaining = start, abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d):
            remaining -= 1
    return d


def month_end(d: date) -> date:
    nxt = d.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day)


if __name__ == "__main__":
    s, e = date(2024, 7, 1), date(2024, 7, 31)
    print(f"business days in July 2024: {business_days_between(s, e)}")
    print("10 business days after 2024-11-22:", add_business_days(date(2024, 11, 22), 10))
    print("5 business days before 2024-01-03:", add_business_days(date(2024, 1, 3), -5))
    print("month ends:", [month_end(date(2024, m, 1)).isoformat() for m in (1, 2, 4, 12)])
    print("Mondays in Sept:", [d.day for d in date_range(date(2024, 9, 1), date(2024, 9, 30)) if d.weekday() == 0])
