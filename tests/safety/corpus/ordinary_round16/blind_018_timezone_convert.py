"""Convert meeting times between time zones using zoneinfo."""
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def convert(when: str, from_tz: str, to_tzs: list[str], fmt: str = "%Y-%m-%d %H:%M %Z") -> dict:
    """``when`` is a naive ISO string interpreted in ``from_tz``."""
    try:
        src = ZoneInfo(from_tz)
    except ZoneInfoNotFoundError:
        raise ValueError(f"unknown time zone {from_tz!r}") from None
    dt = datetime.fromisoformat(when)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=src)
    out = {}
    for name in to_tzs:
        try:
            local = dt.astimezone(ZoneInfo(name))
        except ZoneInfoNotFoundError:
            out[name] = "unknown time zone"
            continue
        note = ""
        if local.date() != dt.date():
            note = " (next day)" if local.date() > dt.date() else " (previous day)"
        out[name] = local.strftime(fmt) + note
    return out


def working_hours_overlap(zones: list[str], day: str, start: int = 9, end: int = 17) -> list[int]:
    """UTC hours on ``day`` that fall in working hours for every zone."""
    hours = []
    for h in range(24):
        utc = datetime.fromisoformat(f"{day}T{h:02d}:00").replace(tzinfo=ZoneInfo("UTC"))
        if all(start <= utc.astimezone(ZoneInfo(z)).hour < end for z in zones):
            hours.append(h)
    return hours


if __name__ == "__main__":
    try:
        print(convert("2024-06-01T18:30", "Europe/London",
                      ["America/New_York", "Asia/Tokyo", "Mars/Olympus"]))
        print(working_hours_overlap(["Europe/Berlin", "America/New_York"], "2024-06-03"))
    except ValueError as exc:
        print("tz data unavailable:", exc)
