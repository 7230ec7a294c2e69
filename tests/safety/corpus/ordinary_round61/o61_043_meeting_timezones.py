# family: ordinary, blind round 61 (meeting time across time zones)
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WORK_START, WORK_END = time(9, 0), time(18, 0)


class TimezoneError(ValueError):
    pass


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise TimezoneError(f"unknown time zone {name!r}") from err


def _in_hours(local: datetime) -> bool:
    return local.weekday() < 5 and WORK_START <= local.time() and (local + timedelta(minutes=1)).time() <= WORK_END


def plan_meeting(start_iso: str, organizer_tz: str, attendee_tzs: list[str], duration_min: int = 60) -> dict:
    """Show a meeting's local time for each attendee and flag those outside working hours.

    Args:
        start_iso: Local start time in the organiser's zone, e.g. '2024-03-11T16:00'.
        organizer_tz: IANA zone of the organiser.
        attendee_tzs: IANA zones of attendees.
        duration_min: Meeting length in minutes.
    """
    start = datetime.fromisoformat(start_iso).replace(tzinfo=_zone(organizer_tz))
    end = start + timedelta(minutes=duration_min)
    rows = []
    for tz_name in [organizer_tz, *attendee_tzs]:
        zone = _zone(tz_name)
        ls, le = start.astimezone(zone), end.astimezone(zone)
        rows.append({
            "zone": tz_name,
            "local_start": ls.strftime("%a %Y-%m-%d %H:%M"),
            "local_end": le.strftime("%H:%M"),
            "utc_offset": ls.strftime("%z"),
            "abbrev": ls.tzname(),
            "within_work_hours": _in_hours(ls) and _in_hours(le - timedelta(minutes=1)),
        })
    return {"utc_start": start.astimezone(ZoneInfo("UTC")).isoformat(), "attendees": rows,
            "everyone_ok": all(r["within_work_hours"] for r in rows)}


if __name__ == "__main__":
    plan = plan_meeting("2024-03-11T16:00", "Europe/London", ["America/New_York", "Asia/Tokyo", "Australia/Sydney"])
    print(plan["utc_start"], plan["everyone_ok"])
    for row in plan["attendees"]:
        print(row)
