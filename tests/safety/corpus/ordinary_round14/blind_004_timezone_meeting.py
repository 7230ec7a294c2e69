"""Convert a meeting time into several time zones and check working hours."""
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

WORK_START = time(9, 0)
WORK_END = time(18, 0)


def convert_meeting(start_iso: str, source_tz: str, targets: list[str], duration_minutes: int = 60) -> list[dict]:
    """Localize ``start_iso`` in ``source_tz`` and show it in each target zone."""
    naive = datetime.fromisoformat(start_iso)
    start = naive.replace(tzinfo=ZoneInfo(source_tz)) if naive.tzinfo is None else naive
    end = start + timedelta(minutes=duration_minutes)
    rows = []
    for name in targets:
        zone = ZoneInfo(name)
        local_start = start.astimezone(zone)
        local_end = end.astimezone(zone)
        in_hours = (
            local_start.weekday() < 5
            and WORK_START <= local_start.time()
            and local_end.time() <= WORK_END
            and local_start.date() == local_end.date()
        )
        rows.append({
            "zone": name,
            "start": local_start.strftime("%a %Y-%m-%d %H:%M"),
            "end": local_end.strftime("%H:%M"),
            "utc_offset": local_start.strftime("%z"),
            "within_working_hours": in_hours,
        })
    return rows


def best_slot(date_iso: str, zones: list[str], step_minutes: int = 30) -> str | None:
    """Find the first UTC half-hour on ``date_iso`` that is in working hours everywhere."""
    day = datetime.fromisoformat(date_iso).replace(tzinfo=ZoneInfo("UTC"))
    for i in range(0, 24 * 60, step_minutes):
        candidate = day + timedelta(minutes=i)
        rows = convert_meeting(candidate.isoformat(), "UTC", zones, step_minutes)
        if all(r["within_working_hours"] for r in rows):
            return candidate.isoformat()
    return None


if __name__ == "__main__":
    for r in convert_meeting("2024-03-12T15:00", "Europe/Paris", ["America/New_York", "Asia/Tokyo", "UTC"]):
        print(r)
    print(best_slot("2024-03-12", ["Europe/London", "America/New_York"]))
