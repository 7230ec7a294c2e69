"""Show a meeting time in several time zones."""
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ROW = "{city:<12} {local:%a %H:%M} ({offset})"
WORK_HOURS = range(9, 18)


def _offset(dt: datetime) -> str:
    off = dt.utcoffset()
    if off is None:
        return "UTC?"
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def meeting_times(when: str, origin: str, zones: dict[str, str]) -> list[str]:
    """Entry point: convert an ISO local time in `origin` to each city's zone."""
    try:
        src = ZoneInfo(origin)
    except ZoneInfoNotFoundError:
        raise ValueError(f"unknown zone {origin}") from None
    start = datetime.fromisoformat(when).replace(tzinfo=src)
    lines: list[str] = []
    awkward: list[str] = []
    for city, zone_name in zones.items():
        local = start.astimezone(ZoneInfo(zone_name))
        lines.append(ROW.format(city=city, local=local, offset=_offset(local)))
        if local.hour not in WORK_HOURS:
            awkward.append(city)
    if awkward:
        lines.append("outside work hours: " + ", ".join(awkward))
    return lines
