"""Find meeting times that fall inside working hours for participants in several time zones."""
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WORK_START = time(9, 0)
WORK_END = time(17, 30)


def _in_hours(moment: datetime, tz: ZoneInfo, minutes: int) -> bool:
    local_start = moment.astimezone(tz)
    local_end = (moment + timedelta(minutes=minutes)).astimezone(tz)
    return (local_start.weekday() < 5 and local_start.date() == local_end.date()
            and WORK_START <= local_start.time() and local_end.time() <= WORK_END)


def plan_meeting(participants: dict[str, str], day: str, duration_minutes: int = 60,
                 step_minutes: int = 30) -> dict:
    zones = {name: ZoneInfo(tz) for name, tz in participants.items()}
    d = date.fromisoformat(day)
    utc = ZoneInfo("UTC")
    cursor = datetime.combine(d, time(0, 0), tzinfo=utc) - timedelta(hours=12)
    end = cursor + timedelta(hours=36)
    options = []
    while cursor < end:
        if all(_in_hours(cursor, tz, duration_minutes) for tz in zones.values()):
            options.append({
                "utc": cursor.strftime("%Y-%m-%d %H:%M UTC"),
                "local": {n: cursor.astimezone(tz).strftime("%a %H:%M %Z") for n, tz in zones.items()},
            })
        cursor += timedelta(minutes=step_minutes)
    return {"day": day, "duration": duration_minutes, "options": options, "count": len(options)}


if __name__ == "__main__":
    res = plan_meeting({"ana": "Europe/Lisbon", "raj": "Asia/Kolkata", "kim": "Europe/Berlin"}, "2024-06-12")
    for opt in res["options"]:
        print(opt)
