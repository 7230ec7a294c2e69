# family: ordinary, blind round 60 (recurring event expander with calendar and datetime)
import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from itertools import islice, takewhile
from typing import Iterator


class Freq(Enum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    LAST_WEEKDAY = "last-weekday"  # e.g. last Friday of each month

    @classmethod
    def from_label(cls, label: str) -> "Freq":
        try:
            return cls(label.lower().strip())
        except ValueError as err:
            raise ValueError(f"unknown frequency {label!r}; use one of {[f.value for f in cls]}") from err


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Recurrence:
    start: date
    freq: Freq
    interval: int = 1

    def occurrences(self) -> Iterator[date]:
        n = 0
        while True:
            if self.freq is Freq.DAILY:
                yield self.start + timedelta(days=n * self.interval)
            elif self.freq is Freq.WEEKLY:
                yield self.start + timedelta(weeks=n * self.interval)
            elif self.freq is Freq.MONTHLY:
                yield _add_months(self.start, n * self.interval)
            else:
                month_start = _add_months(self.start.replace(day=1), n * self.interval)
                weeks = calendar.monthcalendar(month_start.year, month_start.month)
                day = max(w[self.start.weekday()] for w in weeks)
                yield month_start.replace(day=day)
            n += 1

    def between(self, until: date) -> list[date]:
        return list(takewhile(lambda d: d <= until, self.occurrences()))


if __name__ == "__main__":
    rules = {
        "standup": Recurrence(date(2024, 1, 29), Freq.from_label("weekly"), 2),
        "rent": Recurrence(date(2024, 1, 31), Freq.MONTHLY),
        "retro": Recurrence(date(2024, 1, 26), Freq.from_label("last-weekday")),
    }
    for name, rule in rules.items():
        dates = list(islice(rule.occurrences(), 5))
        print(f"{name:8}", ", ".join(d.strftime("%a %b %d") for d in dates))
    print("rent through June:", len(rules["rent"].between(date(2024, 6, 30))), "payments")
    print(calendar.month(2024, 2))
    try:
        Freq.from_label("yearly")
    except ValueError as e:
        print("error:", e)
