"""Month calendar view with event markers and working-day counts."""
from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum


class Weekday(IntEnum):
    MON = 0
    TUE = 1
    WED = 2
    THU = 3
    FRI = 4
    SAT = 5
    SUN = 6

    @property
    def is_weekend(self) -> bool:
        return self >= Weekday.SAT


@dataclass
class MonthView:
    year: int
    month: int
    events: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    holidays: set[date] = field(default_factory=set)

    def add_event(self, day: date, title: str) -> None:
        if (day.year, day.month) != (self.year, self.month):
            raise ValueError(f"{day} is not in {self.year}-{self.month:02d}")
        self.events[day.day].append(title)

    def working_days(self) -> list[date]:
        _, ndays = calendar.monthrange(self.year, self.month)
        days = (date(self.year, self.month, d) for d in range(1, ndays + 1))
        return [d for d in days if not Weekday(d.weekday()).is_weekend and d not in self.holidays]

    def add_working_days(self, start: date, n: int) -> date:
        current = start
        while n > 0:
            current += timedelta(days=1)
            if not Weekday(current.weekday()).is_weekend and current not in self.holidays:
                n -= 1
        return current

    def render(self) -> str:
        cal = calendar.Calendar(firstweekday=Weekday.MON)
        lines = [f"{calendar.month_name[self.month]} {self.year}".center(28), " ".join(w.name.title()[:3] for w in Weekday)]
        for week in cal.monthdayscalendar(self.year, self.month):
            cells = []
            for d in week:
                mark = "*" if d in self.events else ("h" if d and date(self.year, self.month, d) in self.holidays else " ")
                cells.append(f"{d:>2}{mark}" if d else "   ")
            lines.append(" ".join(cells))
        return "\n".join(lines)


if __name__ == "__main__":
    view = MonthView(2024, 12, holidays={date(2024, 12, 25), date(2024, 12, 26)})
    view.add_event(date(2024, 12, 3), "release")
    print(view.render())
    print(len(view.working_days()), view.add_working_days(date(2024, 12, 23), 3))
