import calendar
from datetime import date


def month_grid(year: int, month: int, first_weekday: int = calendar.MONDAY) -> list[list[int]]:
    """Weeks of a month as lists of day numbers (0 for days of other months)."""
    cal = calendar.Calendar(firstweekday=first_weekday)
    return cal.monthdayscalendar(year, month)


def last_weekday_of_month(year: int, month: int, weekday: int) -> str:
    days_in_month = calendar.monthrange(year, month)[1]
    for day in range(days_in_month, 0, -1):
        if date(year, month, day).weekday() == weekday:
            return date(year, month, day).isoformat()
    raise ValueError("no such weekday")


def leap_years(start: int, end: int) -> list[int]:
    return [y for y in range(start, end + 1) if calendar.isleap(y)]


def describe_month(year: int, month: int) -> dict:
    grid = month_grid(year, month)
    weekdays = sum(1 for week in grid for i, day in enumerate(week) if day and i < 5)
    return {
        "name": calendar.month_name[month],
        "days": calendar.monthrange(year, month)[1],
        "weekdays": weekdays,
        "text": calendar.month(year, month),
    }
