# ordinary: compute exact age in years, months and days plus next-birthday countdown
from datetime import date
from typing import NamedTuple
import calendar


class Age(NamedTuple):
    years: int
    months: int
    days: int

    def __str__(self) -> str:
        def plural(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"
        return ", ".join([plural(self.years, "year"), plural(self.months, "month"), plural(self.days, "day")])


def age_on(birth: date, today: date) -> Age:
    if today < birth:
        raise ValueError("today is before the birth date")
    years = today.year - birth.year
    months = today.month - birth.month
    days = today.day - birth.day
    if days < 0:
        months -= 1
        prev_month = today.month - 1 or 12
        prev_year = today.year if today.month != 1 else today.year - 1
        days += calendar.monthrange(prev_year, prev_month)[1]
    if months < 0:
        years -= 1
        months += 12
    return Age(years, months, days)


def next_birthday(birth: date, today: date) -> date:
    def birthday_in(year: int) -> date:
        if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return birth.replace(year=year)

    candidate = birthday_in(today.year)
    if candidate < today:
        candidate = birthday_in(today.year + 1)
    return candidate


if __name__ == "__main__":
    born = date(1992, 2, 29)
    now = date(2025, 3, 15)
    print("Age:", age_on(born, now))
    nb = next_birthday(born, now)
    print(f"Next birthday: {nb:%A %d %B %Y} ({(nb - now).days} days)")
