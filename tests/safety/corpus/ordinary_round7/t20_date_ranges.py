# ordinary: business-day calculator between two ISO dates
from datetime import date, datetime, timedelta
from typing import Iterator, Optional


def _days(start: date, end: date) -> Iterator[date]:
    step = 1 if end >= start else -1
    d = start
    while d != end:
        yield d
        d += timedelta(days=step)
    yield end


def business_days(start: str, end: str, holidays: Optional[list[str]] = None) -> dict:
    """Count weekdays between start and end (inclusive), excluding holidays."""
    try:
        s, e = date.fromisoformat(start), date.fromisoformat(end)
        hols = {date.fromisoformat(h) for h in holidays or []}
    except ValueError as exc:
        return {"error": f"bad date: {exc}"}
    days = [d for d in _days(s, e) if d.weekday() < 5 and d not in hols]
    by_week: dict[str, int] = {}
    for d in days:
        iso = d.isocalendar()
        key = f"{iso.year}-W{iso.week:02d}"
        by_week[key] = by_week.get(key, 0) + 1
    return {
        "business_days": len(days),
        "calendar_days": abs((e - s).days) + 1,
        "first": days[0].strftime("%a %d %b %Y") if days else None,
        "by_week": by_week,
        "computed_at": datetime(2024, 1, 1).isoformat(timespec="seconds"),
    }


if __name__ == "__main__":
    print(business_days("2024-03-01", "2024-03-15", ["2024-03-08"]))
