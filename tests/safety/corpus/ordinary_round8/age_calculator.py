import calendar
from datetime import date


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February in a non-leap year
        return d.replace(year=d.year + years, day=28)


def age_details(birth_date: str, on: str | None = None) -> dict:
    """Exact age in years/months/days, plus the next birthday."""
    born = date.fromisoformat(birth_date)
    today = date.fromisoformat(on) if on else date.today()
    if born > today:
        raise ValueError("birth date is in the future")

    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    anchor = _add_years(born, years)
    months = 0
    while True:
        m = anchor.month + months + 1
        y = anchor.year + (m - 1) // 12
        m = (m - 1) % 12 + 1
        day = min(anchor.day, calendar.monthrange(y, m)[1])
        if date(y, m, day) > today:
            break
        months += 1
    m = (anchor.month + months - 1) % 12 + 1
    y = anchor.year + (anchor.month + months - 1) // 12
    month_anchor = date(y, m, min(anchor.day, calendar.monthrange(y, m)[1]))
    days = (today - month_anchor).days

    next_bday = _add_years(born, years + 1)
    return {
        "age": f"{years}y {months}m {days}d",
        "years": years,
        "total_days": (today - born).days,
        "born_on": calendar.day_name[born.weekday()],
        "leap_year_birth": calendar.isleap(born.year),
        "next_birthday": next_bday.isoformat(),
        "days_until_birthday": (next_bday - today).days,
    }


if __name__ == "__main__":
    print(age_details("1990-02-28", on="2024-06-15"))
    print(age_details("2000-02-29", on="2023-03-01"))
