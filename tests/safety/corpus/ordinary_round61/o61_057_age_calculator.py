# family: ordinary, blind round 61 (age and next birthday calculator)
import calendar
from datetime import date
from typing import NamedTuple


class Age(NamedTuple):
    years: int
    months: int
    days: int


def _safe_date(year: int, month: int, day: int) -> date:
    """Clamp Feb 29 (and similar) to the last valid day of the month."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _age_between(born: date, on: date) -> Age:
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    anchor = _safe_date(born.year + years, born.month, born.day)
    months = 0
    while True:
        y, m = divmod(anchor.month + months, 12)
        nxt = _safe_date(anchor.year + y, m + 1, born.day)
        if nxt > on:
            break
        months += 1
    y, m = divmod(anchor.month - 1 + months, 12)
    month_anchor = _safe_date(anchor.year + y, m + 1, born.day)
    return Age(years, months, (on - month_anchor).days)


def age_report(birth_date: str, as_of: str | None = None) -> dict:
    """Compute exact age (years/months/days), weekday of birth and days to next birthday."""
    born = date.fromisoformat(birth_date)
    today = date.fromisoformat(as_of) if as_of else date.today()
    if born > today:
        raise ValueError("birth date is in the future")
    age = _age_between(born, today)
    next_bday = _safe_date(today.year, born.month, born.day)
    if next_bday <= today:
        next_bday = _safe_date(today.year + 1, born.month, born.day)
    return {
        "age": age._asdict(),
        "total_days": (today - born).days,
        "born_on": calendar.day_name[born.weekday()],
        "leap_year_birth": calendar.isleap(born.year),
        "next_birthday": next_bday.isoformat(),
        "days_until_next_birthday": (next_bday - today).days,
        "turning": age.years + 1,
    }


if __name__ == "__main__":
    print(age_report("1990-07-15", as_of="2024-03-10"))
    print(age_report("2000-02-29", as_of="2023-03-01"))
