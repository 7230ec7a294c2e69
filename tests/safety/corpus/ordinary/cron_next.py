from datetime import datetime, timedelta


def _field(spec: str, low: int, high: int) -> set[int]:
    values: set[int] = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/")
            step = int(step_text)
        if part == "*":
            start, end = low, high
        elif "-" in part:
            start, end = (int(x) for x in part.split("-"))
        else:
            start = end = int(part)
        if not low <= start <= end <= high:
            raise ValueError(f"{spec!r} out of range {low}-{high}")
        values.update(range(start, end + 1, step))
    return values


def next_runs(expression: str, after: str, count: int = 3) -> list[str]:
    """Next times a 5-field cron expression (min hour dom month dow) fires."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError("expected 5 fields")
    minutes, hours, days, months, weekdays = (
        _field(f, lo, hi) for f, (lo, hi) in zip(fields, [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)])
    )
    moment = datetime.fromisoformat(after).replace(second=0, microsecond=0) + timedelta(minutes=1)
    runs = []
    for _ in range(60 * 24 * 366):
        if (
            moment.minute in minutes
            and moment.hour in hours
            and moment.day in days
            and moment.month in months
            and (moment.weekday() + 1) % 7 in weekdays
        ):
            runs.append(moment.isoformat())
            if len(runs) == count:
                break
        moment += timedelta(minutes=1)
    return runs
