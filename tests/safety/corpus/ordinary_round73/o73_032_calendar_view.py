# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Render a month calendar with highlighted events."""
import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple


class Event(NamedTuple):
    day: date
    title: str
    all_day: bool = True


@dataclass
class MonthView:
    year: int
    month: int
    first_weekday: int = calendar.MONDAY
    events: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("month must be 1..12")

    def add_recurring(self, title: str, start: date, every_days: int, count: int) -> None:
        for i in range(count):
            self.events.append(Event(start + timedelta(days=every_days * i), title))

    def _by_day(self) -> dict[int, list[str]]:
        grouped: dict[int, list[str]] = defaultdict(list)
        for e in self.events:
            if (e.day.year, e.day.month) == (self.year, self.month):
                grouped[e.day.day].append(e.title)
        return grouped

    def render(self) -> str:
        cal = calendar.Calendar(self.first_weekday)
        marks = self._by_day()
        header = " ".join(calendar.day_abbr[(self.first_weekday + i) % 7][:2] for i in range(7))
        lines = [f"{calendar.month_name[self.month]} {self.year}".center(len(header) + 7), header + " "]
        for week in cal.monthdayscalendar(self.year, self.month):
            cells = [("  " if d == 0 else f"{d:2d}") + ("*" if d in marks else " ") for d in week]
            lines.append("".join(c.ljust(3) for c in cells))
        lines.append("")
        lines += [f"{d:2d}: {', '.join(t)}" for d, t in sorted(marks.items())]
        return "\n".join(lines)


if __name__ == "__main__":
    view = MonthView(2024, 2)
    view.events.append(Event(date(2024, 2, 14), "Dinner"))
    view.add_recurring("Gym", date(2024, 1, 29), 7, 6)
    print(view.render())
    print(calendar.isleap(view.year), calendar.monthrange(view.year, view.month))
