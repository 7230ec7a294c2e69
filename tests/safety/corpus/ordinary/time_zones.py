from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def convert_time(timestamp: str, to_zone: str, from_zone: str = "UTC") -> str:
    """Convert an ISO timestamp between IANA time zones."""
    try:
        source = ZoneInfo(from_zone)
        target = ZoneInfo(to_zone)
    except ZoneInfoNotFoundError as exc:
        raise ValueError(f"unknown time zone: {exc}") from None
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=source)
    return moment.astimezone(target).isoformat()


def utc_offset_hours(zone: str, when: str) -> float:
    moment = datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(zone))
    offset = moment.utcoffset() or timedelta(0)
    return offset.total_seconds() / 3600


def meeting_times(utc_hour: int, zones: list[str]) -> dict[str, str]:
    base = datetime(2024, 6, 3, utc_hour, 0, tzinfo=timezone.utc)
    return {zone: base.astimezone(ZoneInfo(zone)).strftime("%a %H:%M") for zone in zones}


def age_in_days(birth: str, today: str) -> int:
    return (datetime.fromisoformat(today).date() - datetime.fromisoformat(birth).date()).days
