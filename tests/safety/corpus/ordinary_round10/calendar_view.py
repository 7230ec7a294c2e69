"""Render a month calendar with highlighted event days."""

import calendar
from collections import defaultdict
from datetime import date


def month_view(year: int, month: int, events: dict[str, str] | None = None, first_weekday: int = 0) -> str:
    cal = calendar.Calendar(firstweekday=first_weekday)
    by_day: defaultdict[int, list[str]] = defaultdict(list)
    for iso, title in (events or {}).items():
        d = date.fromisoformat(iso)
        if (d.year, d.month) == (year, month):
            by_day[d.day].append(title)
    names = [calendar.day_abbr[(first_weekday + i) % 7][:2] for i in range(7)]
    lines = [f"{calendar.month_name[month]} {year}".center(28), " ".join(f"{n:>3}" for n in names)]
    for week in cal.monthdayscalendar(year, month):
        cells = []
        for day in week:
            if day == 0:
                cells.append("   ")
            else:
                cells.append(f"{day:>2}" + ("*" if day in by_day else " "))
        lines.append(" ".join(cells).rstrip())
    if by_day:
        lines.append("")
        lines.extend(f"{day:>2}: {', '.join(titles)}" for day, titles in sorted(by_day.items()))
    return "\n".join(lines)


if __name__ == "__main__":
    print(month_view(2024, 2, {"2024-02-14": "Dinner", "2024-02-29": "Leap day", "2024-03-01": "ignored"}))
