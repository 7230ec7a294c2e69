"""Convert meeting times between time zones and find overlapping work hours."""
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


def convert(dt_text: str, from_zone: str, to_zones: list[str]) -> dict[str, str]:
    """Interpret a naive 'YYYY-MM-DD HH:MM' in ``from_zone`` and show it elsewhere."""
    local = datetime.strptime(dt_text, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(from_zone))
    result = {from_zone: local.strftime("%Y-%m-%d %H:%M %Z")}
    for zone in to_zones:
        result[zone] = local.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")
    return result


def utc_offset_hours(zone: str, when: datetime) -> float:
    aware = when.replace(tzinfo=ZoneInfo(zone))
    offset = aware.utcoffset() or timedelta(0)
    return offset.total_seconds() / 3600


def overlapping_hours(day: str, zones: list[str], start: time = time(9), end: time = time(17)) -> list[str]:
    """UTC hours on ``day`` that fall within working hours in every zone."""
    base = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=ZoneInfo("UTC"))
    hours = []
    for h in range(24):
        slot = base + timedelta(hours=h)
        if all(start <= slot.astimezone(ZoneInfo(z)).time() < end for z in zones):
            hours.append(slot.strftime("%Y-%m-%d %H:%M UTC"))
    return hours


if __name__ == "__main__":
    for zone, text in convert("2024-03-10 09:30", "America/New_York", ["Europe/London", "Asia/Tokyo"]).items():
        print(f"{zone:20} {text}")
    print(utc_offset_hours("America/New_York", datetime(2024, 1, 15)), utc_offset_hours("America/New_York", datetime(2024, 7, 15)))
    print(overlapping_hours("2024-06-03", ["Europe/Berlin", "America/New_York"]))
