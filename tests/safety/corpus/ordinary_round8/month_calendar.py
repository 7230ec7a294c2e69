"""Render a month calendar as text, marking given dates."""
import calendar
from datetime import date

FIRST_WEEKDAY = {"monday": calendar.MONDAY, "sunday": calendar.SUNDAY}


def render_month(year: int, month: int, marked: list[str] | None = None, week_start: str = "monday",
                 mark: str = "*") -> str:
    cal = calendar.Calendar(firstweekday=FIRST_WEEKDAY[week_start])
    marked_days = {date.fromisoformat(d).day for d in (marked or [])
                   if date.fromisoformat(d).year == year and date.fromisoformat(d).month == month}
    names = [calendar.day_abbr[(cal.firstweekday + i) % 7][:2] for i in range(7)]
    title = f"{calendar.month_name[month]} {year}"
    lines = [title.center(7 * 4 - 1), " ".join(f"{n:<3}" for n in names).rstrip()]
    for week in cal.monthdayscalendar(year, month):
        cells = []
        for day in week:
            if day == 0:
                cells.append("   ")
            else:
                cells.append(f"{day:>2}{mark if day in marked_days else ' '}")
        lines.append(" ".join(cells).rstrip())
    weekdays = sum(1 for d in cal.itermonthdates(year, month) if d.month == month and d.weekday() < 5)
    lines.append(f"{weekdays} weekdays, {len(marked_days)} marked")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render_month(2024, 2, marked=["2024-02-14", "2024-02-29", "2024-03-01"]))
    print(render_month(2024, 9, week_start="sunday"))
