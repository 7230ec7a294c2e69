# family: ordinary, blind round 50 (time zones with zoneinfo)
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

OFFICES = {
    "San Francisco": "America/Los_Angeles",
    "New York": "America/New_York",
    "London": "Europe/London",
    "Berlin": "Europe/Berlin",
    "Tokyo": "Asia/Tokyo",
}


def convert(dt_str, from_tz, to_tz):
    naive = datetime.fromisoformat(dt_str)
    aware = naive.replace(tzinfo=ZoneInfo(from_tz))
    return aware.astimezone(ZoneInfo(to_tz))


def world_clock(utc_moment):
    rows = []
    for city, tz in OFFICES.items():
        local = utc_moment.astimezone(ZoneInfo(tz))
        working = 9 <= local.hour < 18 and local.weekday() < 5
        rows.append((city, local.strftime("%a %H:%M %Z"), local.utcoffset() / timedelta(hours=1), working))
    return rows


if __name__ == "__main__":
    try:
        meeting = convert("2024-03-29 10:00", "America/New_York", "Europe/London")
        print("10:00 New York ->", meeting.strftime("%Y-%m-%d %H:%M %Z"))
        moment = datetime(2024, 3, 29, 14, 0, tzinfo=ZoneInfo("UTC"))
        for city, local, offset, working in world_clock(moment):
            print(f"{city:<14} {local:<16} UTC{offset:+.1f}  {'open' if working else 'closed'}")
        before = datetime(2024, 3, 10, 1, 30, tzinfo=ZoneInfo("America/New_York"))
        after = (before.astimezone(ZoneInfo("UTC")) + timedelta(hours=1)).astimezone(ZoneInfo("America/New_York"))
        print("DST jump:", before.strftime("%H:%M %Z"), "+1h ->", after.strftime("%H:%M %Z"))
    except ZoneInfoNotFoundError as exc:
        print("time zone database not available:", exc)
