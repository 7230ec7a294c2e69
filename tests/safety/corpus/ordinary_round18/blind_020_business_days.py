"""Business-day arithmetic and meeting-time conversion helpers."""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


def is_business_day(day: date, holidays: set[date] = frozenset()) -> bool:  # type: ignore[assignment]
    return day.weekday() < 5 and day not in holidays


def add_business_days(start: date, days: int, holidays: set[date] = frozenset()) -> date:  # type: ignore[assignment]
    step = 1 if days >= 0 else -1
    current, remaining = start, abs(days)
    while remaining:
        current += timedelta(days=step)
        if is_business_day(current, holidays):
            remaining -= 1
    return current


def business_days_between(start: date, end: date, holidays: set[date] = frozenset()) -> int:  # type: ignore[assignment]
    if end < start:
        return -business_days_between(end, start, holidays)
    return sum(1 for n in range((end - start).days) if is_business_day(start + timedelta(days=n + 1), holidays))


def last_weekday_of_month(year: int, month: int, weekday: int = calendar.FRIDAY) -> date:
    last_day = calendar.monthrange(year, month)[1]
    d = date(year, month, last_day)
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def meeting_times(utc_time: str, zones: list[str]) -> dict[str, str]:
    """Show an ISO UTC timestamp in several IANA time zones."""
    moment = datetime.fromisoformat(utc_time).replace(tzinfo=ZoneInfo("UTC"))
    return {z: moment.astimezone(ZoneInfo(z)).strftime("%a %d %b %H:%M %Z") for z in zones}


if __name__ == "__main__":
    holidays = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
    print(add_business_days(date(2024, 12, 20), 5, holidays))
    print(business_days_between(date(2024, 12, 1), date(2024, 12, 31), holidays))
    print(last_weekday_of_month(2024, 2), calendar.month_name[2])
    try:
        print(meeting_times("2024-06-03T15:00", ["America/New_York", "Europe/Berlin", "Asia/Tokyo"]))
    except Exception as exc:  # tz database may be unavailable on minimal systems
        print("zoneinfo unavailable:", exc)
