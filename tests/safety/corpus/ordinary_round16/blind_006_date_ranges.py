"""Date helpers: business days, ranges, and ISO-week bucketing."""
from datetime import date, timedelta
from collections import OrderedDict


def parse_date(s: str) -> date:
    return date.fromisoformat(s.strip())


def date_range(start: str, end: str, step_days: int = 1):
    d, stop = parse_date(start), parse_date(end)
    while d <= stop:
        yield d
        d += timedelta(days=step_days)


def business_days_between(start: str, end: str, holidays: list[str] = ()) -> int:
    hol = {parse_date(h) for h in holidays}
    return sum(1 for d in date_range(start, end) if d.weekday() < 5 and d not in hol)


def add_business_days(start: str, n: int) -> str:
    d = parse_date(start)
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        d += timedelta(days=step)
        if d.weekday() < 5:
            remaining -= 1
    return d.isoformat()


def bucket_by_week(dates: list[str]) -> dict[str, int]:
    buckets: "OrderedDict[str, int]" = OrderedDict()
    for s in sorted(dates):
        y, w, _ = parse_date(s).isocalendar()
        key = f"{y}-W{w:02d}"
        buckets[key] = buckets.get(key, 0) + 1
    return dict(buckets)


if __name__ == "__main__":
    print(business_days_between("2024-03-01", "2024-03-31", ["2024-03-29"]))
    print(add_business_days("2024-03-08", 3))
    print(bucket_by_week(["2024-01-01", "2024-01-03", "2024-01-09", "2023-12-31"]))
