"""Business-day arithmetic, date ranges and calendar summaries."""
import calendar
from datetime import date, timedelta


def parse_date(text: str) -> date:
    return date.fromisoformat(text)


def daterange(start: date, end: date, step: int = 1):
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


def is_business_day(d: date, holidays: set[date]) -> bool:
    return d.weekday() < 5 and d not in holidays


def add_business_days(start: str, days: int, holidays: list[str] = ()) -> str:
    hol = {parse_date(h) for h in holidays}
    current = parse_date(start)
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    while remaining:
        current += timedelta(days=step)
        if is_business_day(current, hol):
            remaining -= 1
    return current.isoformat()


def business_days_between(start: str, end: str, holidays: list[str] = ()) -> int:
    hol = {parse_date(h) for h in holidays}
    return sum(1 for d in daterange(parse_date(start), parse_date(end)) if is_business_day(d, hol))


def month_summary(year: int, month: int) -> dict:
    first_weekday, n_days = calendar.monthrange(year, month)
    weekdays = sum(1 for day in range(1, n_days + 1) if date(year, month, day).weekday() < 5)
    cal = calendar.TextCalendar(calendar.MONDAY)
    return {
        "name": calendar.month_name[month],
        "days": n_days,
        "starts_on": calendar.day_name[first_weekday],
        "weekdays": weekdays,
        "leap_year": calendar.isleap(year),
        "grid": cal.formatmonth(year, month),
    }


def age_on(birthday: str, on: str) -> int:
    b, d = parse_date(birthday), parse_date(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


if __name__ == "__main__":
    print(add_business_days("2024-12-20", 5, ["2024-12-25", "2024-12-26"]))
    print(add_business_days("2024-01-08", -3))
    print(business_days_between("2024-01-01", "2024-01-31", ["2024-01-01"]))
    s = month_summary(2024, 2)
    print(s.pop("grid"))
    print(s, age_on("1990-02-28", "2024-02-27"))
