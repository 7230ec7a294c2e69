# family: ordinary, blind round 59 (add business days skipping weekends/holidays)
from datetime import date, timedelta
from typing import Iterable, Set


def add_business_days(start: date, days: int, holidays: Iterable[date] = ()) -> date:
    holiday_set: Set[date] = set(holidays)
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    current = start
    while remaining:
        current += timedelta(days=step)
        if current.weekday() < 5 and current not in holiday_set:
            remaining -= 1
    return current


def business_days_between(a: date, b: date, holidays: Iterable[date] = ()) -> int:
    """Count business days in (a, b]; negative if b < a."""
    if b < a:
        return -business_days_between(b, a, holidays)
    holiday_set = set(holidays)
    return sum(
        1
        for n in range(1, (b - a).days + 1)
        if (d := a + timedelta(days=n)).weekday() < 5 and d not in holiday_set
    )


if __name__ == "__main__":
    holidays = [date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)]
    start = date(2024, 12, 20)
    for n in (1, 3, 5, 10, -2):
        result = add_business_days(start, n, holidays)
        print(f"{start} {n:+d} business days -> {result} ({result:%A})")
    print("between:", business_days_between(date(2024, 12, 20), date(2025, 1, 3), holidays))
