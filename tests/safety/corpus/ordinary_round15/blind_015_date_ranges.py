"""Business-day arithmetic and date range utilities."""
import datetime as dt


def parse_date(s) -> dt.date:
    if isinstance(s, dt.date):
        return s
    return dt.date.fromisoformat(s)


def business_days_between(start, end, holidays=()) -> int:
    start, end = parse_date(start), parse_date(end)
    hol = {parse_date(h) for h in holidays}
    if end < start:
        return -business_days_between(end, start, holidays)
    days = 0
    cur = start
    while cur < end:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5 and cur not in hol:
            days += 1
    return days


def add_business_days(start, n: int, holidays=()) -> str:
    cur = parse_date(start)
    hol = {parse_date(h) for h in holidays}
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        cur += dt.timedelta(days=step)
        if cur.weekday() < 5 and cur not in hol:
            remaining -= 1
    return cur.isoformat()


def month_ranges(start, end) -> list:
    """Split [start, end] into per-month (first, last) pairs."""
    start, end = parse_date(start), parse_date(end)
    out = []
    cur = start
    while cur <= end:
        nxt = (cur.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        last = min(nxt - dt.timedelta(days=1), end)
        out.append((cur.isoformat(), last.isoformat()))
        cur = nxt
    return out


if __name__ == "__main__":
    print(business_days_between("2024-12-20", "2025-01-03", holidays=["2024-12-25", "2025-01-01"]))
    print(add_business_days("2024-12-20", 5, holidays=["2024-12-25"]))
    print(month_ranges("2024-01-15", "2024-04-03"))
