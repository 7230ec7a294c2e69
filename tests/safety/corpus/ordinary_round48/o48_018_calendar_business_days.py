# family: ordinary, blind round 48 (calendar business days)
import calendar
from datetime import date, timedelta

HOLIDAYS = {
    date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4),
    date(2024, 9, 2), date(2024, 11, 28), date(2024, 12, 25),
}


def is_business_day(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(start: date, n: int) -> date:
    step = 1 if n >= 0 else -1
    d, remaining = start, abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d):
            remaining -= 1
    return d


def business_days_in_month(year: int, month: int) -> int:
    _, last = calendar.monthrange(year, month)
    return sum(is_business_day(date(year, month, day)) for day in range(1, last + 1))


def last_weekday_of_month(year, month, weekday):
    cal = calendar.Calendar()
    days = [d for d in cal.itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[-1]


if __name__ == "__main__":
    print(calendar.TextCalendar(calendar.MONDAY).formatmonth(2024, 7))
    start = date(2024, 7, 1)
    print("10 business days after", start, "->", add_business_days(start, 10))
    print("5 business days before", start, "->", add_business_days(start, -5))
    for m in (5, 7, 11, 12):
        print(f"{calendar.month_abbr[m]} 2024: {business_days_in_month(2024, m)} business days,",
              "last Friday", last_weekday_of_month(2024, m, calendar.FRIDAY))
    print("leap years 2000-2030:", calendar.leapdays(2000, 2031))
