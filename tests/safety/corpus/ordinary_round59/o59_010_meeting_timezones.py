# family: ordinary, blind round 59 (schedule meetings across time zones)
from datetime import datetime, date, time, timedelta
from zoneinfo import ZoneInfo
from typing import Dict, List, Tuple


def find_meeting_slots(
    day: date,
    participants: Dict[str, str],
    work_hours: Tuple[int, int] = (9, 17),
    duration_minutes: int = 30,
    step_minutes: int = 30,
) -> List[datetime]:
    """Return UTC start times on `day` where every participant is within work hours."""
    utc = ZoneInfo("UTC")
    start = datetime.combine(day, time(0, 0), tzinfo=utc)
    slots = []
    duration = timedelta(minutes=duration_minutes)
    current = start
    while current < start + timedelta(days=1):
        ok = True
        for tz_name in participants.values():
            local_start = current.astimezone(ZoneInfo(tz_name))
            local_end = (current + duration).astimezone(ZoneInfo(tz_name))
            begin = local_start.replace(hour=work_hours[0], minute=0, second=0)
            end = local_start.replace(hour=work_hours[1], minute=0, second=0)
            if not (begin <= local_start and local_end <= end):
                ok = False
                break
        if ok:
            slots.append(current)
        current += timedelta(minutes=step_minutes)
    return slots


if __name__ == "__main__":
    team = {"Ana": "Europe/Lisbon", "Raj": "Asia/Kolkata", "Mia": "Europe/Berlin"}
    day = date(2024, 3, 12)
    slots = find_meeting_slots(day, team, duration_minutes=60)
    print(f"{len(slots)} slot(s) on {day.isoformat()}")
    for slot in slots:
        local = ", ".join(
            f"{name} {slot.astimezone(ZoneInfo(tz)):%H:%M}" for name, tz in team.items()
        )
        print(f"  {slot:%H:%M} UTC -> {local}")
