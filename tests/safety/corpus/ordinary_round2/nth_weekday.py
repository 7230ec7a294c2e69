# ordinary: find the nth (or last) weekday of a month, e.g. US holidays like Thanksgiving
import calendar
from datetime import date, timedelta
from enum import IntEnum


class Weekday(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


def nth_weekday(year: int, month: int, weekday: Weekday, n: int) -> date:
    """n=1 for first, n=-1 for last."""
    if n == 0:
        raise ValueError("n must be non-zero")
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        result = first + timedelta(days=offset + 7 * (n - 1))
    else:
        last_day = calendar.monthrange(year, month)[1]
        last = date(year, month, last_day)
        offset = (last.weekday() - weekday) % 7
        result = last - timedelta(days=offset + 7 * (-n - 1))
    if result.month != month:
        raise ValueError(f"there is no such weekday #{n} in {calendar.month_name[month]} {year}")
    return result


def us_holidays(year: int) -> dict[str, date]:
    return {
        "Martin Luther King Jr. Day": nth_weekday(year, 1, Weekday.MONDAY, 3),
        "Memorial Day": nth_weekday(year, 5, Weekday.MONDAY, -1),
        "Labor Day": nth_weekday(year, 9, Weekday.MONDAY, 1),
        "Thanksgiving": nth_weekday(year, 11, Weekday.THURSDAY, 4),
        "Mother's Day": nth_weekday(year, 5, Weekday.SUNDAY, 2),
    }


if __name__ == "__main__":
    for name, day in sorted(us_holidays(2025).items(), key=lambda kv: kv[1]):
        print(f"{name:<28} {day:%a %b %d}")
    try:
        nth_weekday(2025, 2, Weekday.FRIDAY, 5)
    except ValueError as e:
        print(e)
