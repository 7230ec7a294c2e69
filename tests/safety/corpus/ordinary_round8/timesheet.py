"""Weekly timesheet totals with overtime and break deduction."""
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

SPAN_RE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


@dataclass
class Day:
    day: date
    spans: list[tuple[datetime, datetime]] = field(default_factory=list)

    @property
    def worked(self) -> timedelta:
        total = sum((end - start for start, end in self.spans), timedelta())
        if total > timedelta(hours=6):
            total -= timedelta(minutes=30)  # mandatory unpaid break
        return total


def _hours(td: timedelta) -> str:
    minutes = int(td.total_seconds() // 60)
    return "%d:%02d" % divmod(minutes, 60)


def timesheet(entries: dict[str, list[str]], daily_limit_hours: float = 8.0, rate: float = 25.0,
              overtime_multiplier: float = 1.5) -> dict:
    days: list[Day] = []
    for day_str, spans in sorted(entries.items()):
        d = date.fromisoformat(day_str)
        day = Day(d)
        for span in spans:
            m = SPAN_RE.match(span.strip())
            if not m:
                raise ValueError(f"bad span {span!r} on {day_str}; use HH:MM-HH:MM")
            h1, m1, h2, m2 = map(int, m.groups())
            start = datetime.combine(d, datetime.min.time()) + timedelta(hours=h1, minutes=m1)
            end = datetime.combine(d, datetime.min.time()) + timedelta(hours=h2, minutes=m2)
            if end <= start:
                end += timedelta(days=1)  # overnight shift
            day.spans.append((start, end))
        days.append(day)
    limit = timedelta(hours=daily_limit_hours)
    regular = sum((min(d.worked, limit) for d in days), timedelta())
    overtime = sum((max(d.worked - limit, timedelta()) for d in days), timedelta())
    pay = regular.total_seconds() / 3600 * rate + overtime.total_seconds() / 3600 * rate * overtime_multiplier
    return {
        "per_day": {d.day.strftime("%a %d %b"): _hours(d.worked) for d in days},
        "regular": _hours(regular),
        "overtime": _hours(overtime),
        "pay": f"{pay:,.2f}",
    }


if __name__ == "__main__":
    print(timesheet({"2024-04-01": ["08:00-12:00", "12:30-17:45"], "2024-04-02": ["09:00-13:00"],
                     "2024-04-03": ["22:00-06:30"]}))
