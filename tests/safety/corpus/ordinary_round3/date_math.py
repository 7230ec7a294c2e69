# ordinary: date arithmetic helpers (add months, business days, age)
import calendar
from datetime import date, timedelta

HOLIDAYS = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}


def add_months(d, months):
    """Add calendar months, clamping the day (Jan 31 + 1 month -> Feb 29/28)."""
    month_index = d.month - 1 + months
    year = d.year + month_index // 12
    month = month_index % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def is_business_day(d, holidays=HOLIDAYS):
    return d.weekday() < 5 and d not in holidays


def add_business_days(d, days, holidays=HOLIDAYS):
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d, holidays):
            remaining -= 1
    return d


def business_days_between(start, end, holidays=HOLIDAYS):
    if end < start:
        start, end = end, start
    return sum(1 for n in range((end - start).days) if is_business_day(start + timedelta(days=n + 1), holidays))


def age_on(birthday, today):
    years = today.year - birthday.year
    if (today.month, today.day) < (birthday.month, birthday.day):
        years -= 1
    return years


if __name__ == "__main__":
    print(add_months(date(2024, 1, 31), 1), add_months(date(2023, 11, 30), 3), add_months(date(2024, 3, 15), -14))
    print(add_business_days(date(2024, 12, 20), 3))
    print(business_days_between(date(2024, 12, 1), date(2024, 12, 31)))
    print(age_on(date(1990, 6, 15), date(2024, 6, 14)), age_on(date(1990, 6, 15), date(2024, 6, 15)))
