"""A small cron expression parser that lists the next run times."""
import re
from datetime import datetime, timedelta

FIELD_RANGES = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6))
_PART = re.compile(r"^(\*|\d+(?:-\d+)?)(?:/(\d+))?$")


class CronField:
    def __init__(self, name: str, expr: str, low: int, high: int) -> None:
        self.name = name
        self.expr = expr
        self.values = self._parse(expr, low, high)

    @staticmethod
    def _parse(expr: str, low: int, high: int) -> frozenset[int]:
        values: set[int] = set()
        for part in expr.split(","):
            m = _PART.match(part)
            if not m:
                raise ValueError(f"bad cron field part: {part!r}")
            rng, step = m.group(1), int(m.group(2) or 1)
            if rng == "*":
                a, b = low, high
            elif "-" in rng:
                a, b = map(int, rng.split("-"))
            else:
                a = b = int(rng)
            if a < low or b > high or a > b:
                raise ValueError(f"{part!r} out of range {low}-{high}")
            values.update(range(a, b + 1, step))
        return frozenset(values)

    def __contains__(self, value: int) -> bool:
        return value in self.values

    def __iter__(self):
        return iter(sorted(self.values))

    def __repr__(self) -> str:
        return f"CronField({self.name}={self.expr!r})"


def next_runs(expression: str, start: str = "2024-01-01T00:00", count: int = 5) -> list[str]:
    parts = expression.split()
    if len(parts) != 5:
        raise ValueError("expected 5 fields: minute hour day month weekday")
    fields = [CronField(name, p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELD_RANGES)]
    minute, hour, day, month, weekday = fields
    t = datetime.fromisoformat(start).replace(second=0, microsecond=0) + timedelta(minutes=1)
    found: list[str] = []
    limit = 60 * 24 * 366 * 2
    while len(found) < count and limit:
        limit -= 1
        if (t.month in month and t.day in day and (t.weekday() + 1) % 7 in weekday
                and t.hour in hour and t.minute in minute):
            found.append(t.strftime("%Y-%m-%d %H:%M (%a)"))
        t += timedelta(minutes=1)
    return found


if __name__ == "__main__":
    print(next_runs("*/15 9-10 * * 1-5", "2024-05-03T09:50", 6))
