"""Convert meeting times between time zones and find overlap hours."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def convert(when: str, src_tz: str, dst_tzs: list[str]) -> dict[str, str]:
    """Convert 'YYYY-MM-DD HH:MM' in src_tz into each destination zone."""
    try:
        local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(src_tz))
    except ZoneInfoNotFoundError:
        raise ValueError(f"unknown time zone {src_tz!r}") from None
    out = {}
    for tz in dst_tzs:
        moment = local.astimezone(ZoneInfo(tz))
        out[tz] = moment.strftime("%a %Y-%m-%d %H:%M %Z (UTC%z)")
    return out


def working_overlap(day: str, zones: list[str], start: int = 9, end: int = 17) -> list[str]:
    """UTC hours on *day* that are within working hours in every zone."""
    base = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=ZoneInfo("UTC"))
    hours = []
    for h in range(24):
        moment = base + timedelta(hours=h)
        if all(start <= moment.astimezone(ZoneInfo(z)).hour < end for z in zones):
            hours.append(moment.strftime("%Y-%m-%d %H:00 UTC"))
    return hours


if __name__ == "__main__":
    for tz, s in convert("2024-03-10 09:00", "America/New_York",
                         ["Europe/London", "Asia/Tokyo", "Australia/Sydney"]).items():
        print(f"{tz:20} {s}")
    print(working_overlap("2024-06-03", ["Europe/Berlin", "America/New_York"]))
    try:
        convert("2024-01-01 00:00", "Mars/Olympus", ["UTC"])
    except ValueError as e:
        print(e)
