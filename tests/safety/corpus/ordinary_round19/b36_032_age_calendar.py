"""Age calculation, upcoming birthdays and a printable month calendar."""
import calendar
from datetime import date


def age_on(birthdate: date, on: date) -> int:
    """Full years between birthdate and ``on``."""
    had_birthday = (on.month, on.day) >= (birthdate.month, birthdate.day)
    return on.year - birthdate.year - (0 if had_birthday else 1)


def next_birthday(birthdate: date, today: date) -> tuple[date, int]:
    """Next birthday date and days until it (Feb 29 falls back to Feb 28)."""
    def on_year(year: int) -> date:
        if birthdate.month == 2 and birthdate.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return birthdate.replace(year=year)

    candidate = on_year(today.year)
    if candidate < today:
        candidate = on_year(today.year + 1)
    return candidate, (candidate - today).days


def month_calendar(year: int, month: int, highlight: set[int] | None = None) -> str:
    """Text calendar with highlighted days shown in brackets."""
    highlight = highlight or set()
    cal = calendar.Calendar(firstweekday=calendar.MONDAY)
    lines = [f"{calendar.month_name[month]} {year}".center(28), " ".join(f"{d:>3}" for d in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"])]
    for week in cal.monthdayscalendar(year, month):
        cells = []
        for day in week:
            if day == 0:
                cells.append("   ")
            elif day in highlight:
                cells.append(f"[{day}]" if day < 10 else f"{day}*")
            else:
                cells.append(f"{day:>3}")
        lines.append(" ".join(cells))
    return "\n".join(lines)


if __name__ == "__main__":
    today = date(2024, 6, 10)
    born = date(1990, 8, 24)
    print(age_on(born, today))
    print(next_birthday(born, today))
    print(next_birthday(date(2000, 2, 29), date(2025, 3, 1)))
    print(month_calendar(2024, 6, {10, 24}))
