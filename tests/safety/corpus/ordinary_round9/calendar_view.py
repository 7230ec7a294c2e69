"""Render a month calendar with highlighted days."""
import calendar
from datetime import date
from typing import Iterable

HEADER = "{name} {year}"
CELL_PLAIN = "{day:>2} "
CELL_MARK = "{day:>2}*"


def month_grid(year: int, month: int, firstweekday: int = 0) -> list[list[int]]:
    cal = calendar.Calendar(firstweekday=firstweekday)
    return cal.monthdayscalendar(year, month)


def render_month(year: int, month: int, highlight: Iterable[int] = (), monday_first: bool = True) -> str:
    """Entry point: text calendar; highlighted days get an asterisk."""
    if not 1 <= month <= 12:
        raise ValueError("month must be 1..12")
    marks = set(highlight)
    first = calendar.MONDAY if monday_first else calendar.SUNDAY
    names = [calendar.day_abbr[(first + i) % 7][:2] for i in range(7)]
    lines = [HEADER.format(name=calendar.month_name[month], year=year).center(21)]
    lines.append(" ".join(f"{n:>2}" for n in names))
    for week in month_grid(year, month, first):
        cells: list[str] = []
        for day in week:
            if day == 0:
                cells.append("   ")
            elif day in marks:
                cells.append(CELL_MARK.format(day=day))
            else:
                cells.append(CELL_PLAIN.format(day=day))
        lines.append("".join(cells).rstrip())
    weekend = sum(1 for d in marks if 1 <= d <= calendar.monthrange(year, month)[1]
                  and date(year, month, d).weekday() >= 5)
    lines.append(f"{len(marks)} marked, {weekend} on weekends")
    return "\n".join(lines)
