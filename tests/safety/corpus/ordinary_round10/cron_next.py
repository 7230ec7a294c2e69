"""Parse a 5-field cron expression and list the next run times."""

from dataclasses import dataclass
from datetime import datetime, timedelta

FIELD_RANGES = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]


def parse_field(spec: str, low: int, high: int) -> frozenset[int]:
    values: set[int] = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/")
            step = int(step_s)
        if part == "*":
            start, end = low, high
        elif "-" in part:
            start, end = map(int, part.split("-"))
        else:
            start = end = int(part)
        if not (low <= start <= end <= high) or step < 1:
            raise ValueError(f"field {spec!r} out of range {low}-{high}")
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
    def parse(cls, expr: str) -> "CronSchedule":
        parts = expr.split()
        if len(parts) != 5:
            raise ValueError("cron expression needs 5 fields")
        return cls(*(parse_field(p, lo, hi) for p, (_, lo, hi) in zip(parts, FIELD_RANGES)))

    def matches(self, t: datetime) -> bool:
        cron_weekday = (t.weekday() + 1) % 7  # cron: Sunday=0
        return (t.minute in self.minute and t.hour in self.hour and t.day in self.day
                and t.month in self.month and cron_weekday in self.weekday)


def next_runs(expr: str, after: str, count: int = 3, max_minutes: int = 366 * 24 * 60) -> list[str]:
    sched = CronSchedule.parse(expr)
    t = datetime.fromisoformat(after).replace(second=0, microsecond=0) + timedelta(minutes=1)
    runs: list[str] = []
    for _ in range(max_minutes):
        if sched.matches(t):
            runs.append(t.strftime("%Y-%m-%d %H:%M (%a)"))
            if len(runs) == count:
                break
        t += timedelta(minutes=1)
    return runs


if __name__ == "__main__":
    print(next_runs("*/15 9-10 * * 1-5", "2024-03-08T10:40"))
    print(next_runs("0 0 1 * *", "2024-12-15T00:00", count=2))
