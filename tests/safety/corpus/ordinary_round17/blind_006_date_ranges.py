"""Date helpers: business days, month ranges and ISO week info."""
import calendar
from datetime import date, timedelta


def business_days_between(start: date, end: date, holidays=()) -> int:
    """Count weekdays in [start, end) that are not holidays."""
    if end < start:
        start, end = end, start
    holiday_set = set(holidays)
    count = 0
    day = start
    while day < end:
        if day.weekday() < 5 and day not in holiday_set:
            count += 1
        day += timedelta(days=1)
    return count


def month_range(year: int, month: int) -> tuple[date, date]:
    """First and last day of the given month."""
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last)


def add_months(d: date, months: int) -> date:
    """Add months, clamping the day to the end of the target month."""
    total = d.month - 1 + months
    year, month = d.year + total // 12, total % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def describe(d: date) -> str:
    iso_year, week, weekday = d.isocalendar()
    return f"{d.isoformat()} is a {calendar.day_name[d.weekday()]}, ISO week {week} of {iso_year}"


if __name__ == "__main__":
    print(business_days_between(date(2024, 1, 1), date(2024, 2, 1), [date(2024, 1, 15)]))
    print(month_range(2024, 2))
    print(add_months(date(2024, 1, 31), 1), add_months(date(2023, 11, 30), 3))
    print(describe(date(2024, 12, 30)))
