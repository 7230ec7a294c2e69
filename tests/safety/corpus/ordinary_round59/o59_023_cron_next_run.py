# family: ordinary, blind round 59 (simple cron expression next-run calculator)
from datetime import datetime, timedelta
from typing import List, Set

FIELD_RANGES = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]


class CronError(ValueError):
    pass


def _parse_field(spec: str, lo: int, hi: int) -> Set[int]:
    values: Set[int] = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/", 1)
            step = int(step_s)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            start, end = map(int, part.split("-", 1))
        else:
            start = end = int(part)
        if start < lo or end > hi or start > end or step < 1:
            raise CronError(f"value out of range in {spec!r} (allowed {lo}-{hi})")
        values.update(range(start, end + 1, step))
    return values


def parse_cron(expr: str) -> List[Set[int]]:
    parts = expr.split()
    if len(parts) != 5:
        raise CronError("cron expression needs 5 fields")
    return [_parse_field(p, lo, hi) for p, (_, lo, hi) in zip(parts, FIELD_RANGES)]


def next_runs(expr: str, after: datetime, count: int = 3) -> List[datetime]:
    minutes, hours, days, months, weekdays = parse_cron(expr)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    found: List[datetime] = []
    limit = t + timedelta(days=366 * 2)
    while len(found) < count and t < limit:
        cron_wd = (t.weekday() + 1) % 7  # cron: 0 = Sunday
        if (t.month in months and t.day in days and cron_wd in weekdays
                and t.hour in hours and t.minute in minutes):
            found.append(t)
        t += timedelta(minutes=1)
    return found


if __name__ == "__main__":
    now = datetime(2024, 5, 17, 10, 7)
    for expr in ["*/15 * * * *", "30 9 * * 1-5", "0 0 1 * *", "0 12 * 6 0", "61 * * * *"]:
        try:
            runs = next_runs(expr, now)
            print(f"{expr:<14} -> " + ", ".join(r.strftime("%a %Y-%m-%d %H:%M") for r in runs))
        except CronError as exc:
            print(f"{expr:<14} -> error: {exc}")
