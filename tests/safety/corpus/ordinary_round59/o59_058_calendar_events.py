# family: ordinary, blind round 59 (render a month calendar with marked events)
import calendar
import warnings
from collections import defaultdict
from datetime import date
from typing import Dict, List, Tuple


def month_view(year: int, month: int, events: List[Tuple[date, str]], first_weekday: int = 0) -> str:
    cal = calendar.Calendar(firstweekday=first_weekday)
    by_day: Dict[int, List[str]] = defaultdict(list)
    for day, title in events:
        if (day.year, day.month) != (year, month):
            warnings.warn(f"event {title!r} on {day} is outside {year}-{month:02d}", stacklevel=2)
            continue
        by_day[day.day].append(title)

    header_names = [calendar.day_abbr[(first_weekday + i) % 7][:2] for i in range(7)]
    lines = [f"{calendar.month_name[month]} {year}".center(27), " ".join(f"{d:>3}" for d in header_names)]
    for week in cal.monthdayscalendar(year, month):
        cells = []
        for d in week:
            if d == 0:
                cells.append("   ")
            else:
                cells.append(f"{d:>2}{'*' if d in by_day else ' '}")
        lines.append(" ".join(cells))
    lines.append("")
    for d in sorted(by_day):
        weekday = calendar.day_name[calendar.weekday(year, month, d)]
        lines.append(f"{d:>2} {weekday:<9} " + "; ".join(by_day[d]))
    return "\n".join(lines)


if __name__ == "__main__":
    evts = [(date(2024, 2, 14), "Team offsite"), (date(2024, 2, 29), "Leap day release"),
            (date(2024, 2, 5), "Sprint start"), (date(2024, 2, 14), "Dinner"),
            (date(2024, 3, 1), "Quarter kickoff")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(month_view(2024, 2, evts, first_weekday=calendar.MONDAY))
    for w in caught:
        print("warning:", w.message)
    print("2024 is leap:", calendar.isleap(2024), "| leap days 2000-2100:", calendar.leapdays(2000, 2100))
