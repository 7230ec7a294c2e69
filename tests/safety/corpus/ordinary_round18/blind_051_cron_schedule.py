"""Parse five-field cron expressions and compute the next run times."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterator

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *"}
NAMES = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
         "oct": 10, "nov": 11, "dec": 12, "sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}


class CronError(ValueError):
    pass


def _parse_field(text: str, lo: int, hi: int) -> frozenset[int]:
    values: set[int] = set()
    for part in text.lower().split(","):
        rng, _, step_s = part.partition("/")
        step = int(step_s) if step_s else 1
        if rng == "*":
            start, end = lo, hi
        else:
            a, _, b = rng.partition("-")
            start = NAMES.get(a) if a in NAMES else int(a)
            end = (NAMES.get(b) if b in NAMES else int(b)) if b else (hi if step_s else start)
        if not (lo <= start <= end <= hi) or step < 1:
            raise CronError(f"field {text!r} out of range {lo}-{hi}")
        values.update(range(start, end + 1, step))
    return frozenset(values)


@dataclass(frozen=True)
class CronSchedule:
    minute: frozenset[int]
    hour: frozenset[int]
    day: frozenset[int]
    month: frozenset[int]
    weekday: frozenset[int]

    @classmethod
    def from_string(cls, expr: str) -> "CronSchedule":
        parts = ALIASES.get(expr.strip(), expr).split()
        if len(parts) != 5:
            raise CronError(f"expected 5 fields, got {len(parts)}: {expr!r}")
        return cls(**{name: _parse_field(p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)})

    def matches(self, t: datetime) -> bool:
        cron_wd = (t.weekday() + 1) % 7  # cron uses 0 = Sunday
        return (t.minute in self.minute and t.hour in self.hour and t.month in self.month
                and t.day in self.day and cron_wd in self.weekday)

    def upcoming(self, after: datetime, limit: int = 5, horizon_days: int = 366) -> Iterator[datetime]:
        t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
        end, found = after + timedelta(days=horizon_days), 0
        while t < end and found < limit:
            if t.month not in self.month or t.day not in self.day:
                t = (t + timedelta(days=1)).replace(hour=0, minute=0)
                continue
            if self.matches(t):
                found += 1
                yield t
            t += timedelta(minutes=1)


if __name__ == "__main__":
    start = datetime(2024, 2, 27, 22, 50)
    for expr in ("*/15 9-17 * * mon-fri", "30 2 29 feb *", "@weekly"):
        print(expr, "->", [d.strftime("%a %Y-%m-%d %H:%M") for d in CronSchedule.from_string(expr).upcoming(start, 3)])
    try:
        CronSchedule.from_string("61 * * * *")
    except CronError as e:
        print(e)
