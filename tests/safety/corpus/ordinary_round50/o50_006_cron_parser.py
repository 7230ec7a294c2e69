# family: ordinary, blind round 50 (parse a cron expression)
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]


def parse_field(expr: str, lo: int, hi: int) -> set[int]:
    values: set[int] = set()
    for part in expr.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/")
            step = int(step_s)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-")
            start, end = int(a), int(b)
        else:
            start = end = int(part)
        if start < lo or end > hi or start > end:
            raise ValueError(f"value out of range in {expr!r}")
        values.update(range(start, end + 1, step))
    return values


def parse_cron(expression: str) -> dict[str, set[int]]:
    parts = expression.split()
    if len(parts) != 5:
        raise ValueError("cron expression needs 5 fields")
    return {name: parse_field(p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}


def next_runs(expression: str, start: datetime, count: int = 3) -> list[datetime]:
    spec = parse_cron(expression)
    t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    found = []
    while len(found) < count:
        if (t.minute in spec["minute"] and t.hour in spec["hour"] and t.day in spec["day"]
                and t.month in spec["month"] and (t.weekday() + 1) % 7 in spec["weekday"]):
            found.append(t)
        t += timedelta(minutes=1)
    return found


if __name__ == "__main__":
    expr = "*/15 9-17 * * 1-5"
    spec = parse_cron(expr)
    print("minutes:", sorted(spec["minute"]), "hours:", sorted(spec["hour"]))
    for run in next_runs(expr, datetime(2024, 6, 7, 16, 50)):
        print("next:", run.strftime("%a %Y-%m-%d %H:%M"))
