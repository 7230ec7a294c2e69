from datetime import date, datetime, timedelta

FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%Y%m%d")


def parse_date(text: str) -> date:
    for fmt in FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date: {text!r}")


def business_days_between(start: str, end: str) -> int:
    """Count weekdays from start (inclusive) to end (exclusive)."""
    first, last = parse_date(start), parse_date(end)
    if last < first:
        first, last = last, first
    days = 0
    current = first
    while current < last:
        if current.weekday() < 5:
            days += 1
        current += timedelta(days=1)
    return days


def add_business_days(start: str, count: int) -> str:
    current = parse_date(start)
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    while remaining:
        current += timedelta(days=step)
        if current.weekday() < 5:
            remaining -= 1
    return current.isoformat()
