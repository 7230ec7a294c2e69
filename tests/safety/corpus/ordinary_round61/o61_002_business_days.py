# family: ordinary, blind round 61 (business day calculator)
from datetime import date, timedelta
from typing import Iterable, Iterator


class DateRangeError(ValueError):
    """Raised when a date range is invalid."""


def _parse(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise DateRangeError(f"Invalid ISO date: {value!r}") from err


def _days_between(start: date, end: date) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=1)


def business_days(start: str, end: str, holidays: Iterable[str] = ()) -> dict:
    """Count business days (Mon-Fri, excluding holidays) between two ISO dates inclusive.

    Args:
        start: Start date, YYYY-MM-DD.
        end: End date, YYYY-MM-DD.
        holidays: Optional ISO dates to exclude.
    """
    d0, d1 = _parse(start), _parse(end)
    if d1 < d0:
        raise DateRangeError("end must not be before start")
    skip = {_parse(h) for h in holidays}
    workdays = [d for d in _days_between(d0, d1) if d.weekday() < 5 and d not in skip]
    return {
        "start": d0.isoformat(),
        "end": d1.isoformat(),
        "calendar_days": (d1 - d0).days + 1,
        "business_days": len(workdays),
        "holidays_skipped": sorted(h.isoformat() for h in skip if d0 <= h <= d1 and h.weekday() < 5),
        "first_business_day": workdays[0].isoformat() if workdays else None,
        "last_business_day": workdays[-1].isoformat() if workdays else None,
    }


if __name__ == "__main__":
    print(business_days("2024-12-20", "2025-01-03", holidays=["2024-12-25", "2025-01-01"]))
