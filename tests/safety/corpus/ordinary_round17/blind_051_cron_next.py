"""Minimal cron expression parser that computes the next run times."""
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]


def _parse_field(expr: str, lo: int, hi: int) -> set[int]:
    values: set[int] = set()
    for part in expr.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/")
            step = int(step_s)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            start, end = map(int, part.split("-"))
        else:
            start = end = int(part)
        if not (lo <= start <= hi and lo <= end <= hi) or step < 1:
            raise ValueError(f"value out of range in {expr!r}")
        values.update(range(start, end + 1, step))
    return values


def parse_cron(expr: str) -> dict[str, set[int]]:
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError("cron expression needs 5 fields")
    return {name: _parse_field(p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}


def next_runs(expr: str, after: datetime, count: int = 3) -> list[datetime]:
    spec = parse_cron(expr)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    runs = []
    limit = after + timedelta(days=366 * 4)
    while len(runs) < count and t < limit:
        cron_weekday = (t.weekday() + 1) % 7  # cron: Sunday = 0
        if t.month not in spec["month"] or t.day not in spec["day"] or cron_weekday not in spec["weekday"]:
            t = (t + timedelta(days=1)).replace(hour=0, minute=0)
            continue
        if t.hour not in spec["hour"]:
            t = (t + timedelta(hours=1)).replace(minute=0)
            continue
        if t.minute in spec["minute"]:
            runs.append(t)
        t += timedelta(minutes=1)
    return runs


if __name__ == "__main__":
    now = datetime(2024, 5, 17, 10, 42)
    for e in ["*/15 * * * *", "0 9 * * 1-5", "30 2 1 */3 *", "0 0 29 2 *"]:
        print(f"{e:15}", [r.strftime("%a %Y-%m-%d %H:%M") for r in next_runs(e, now)])
