# family: ordinary, blind round 48 (zoneinfo meeting planner)
from datetime import datetime, timedelta, time
from zoneinfo import ZoneInfo

TEAM = {
    "Priya": "Asia/Kolkata",
    "Tom": "Europe/London",
    "Ana": "America/Sao_Paulo",
    "Ken": "America/Los_Angeles",
}
WORK_START, WORK_END = time(8, 0), time(18, 0)


def in_working_hours(moment_utc: datetime, tz_name: str) -> bool:
    local = moment_utc.astimezone(ZoneInfo(tz_name))
    return local.weekday() < 5 and WORK_START <= local.time() < WORK_END


def find_slots(day_utc: datetime, duration=timedelta(minutes=30)):
    slot = day_utc.replace(hour=0, minute=0, second=0, microsecond=0)
    end_of_day = slot + timedelta(days=1)
    while slot < end_of_day:
        finish = slot + duration - timedelta(seconds=1)
        scores = [in_working_hours(slot, tz) and in_working_hours(finish, tz)
                  for tz in TEAM.values()]
        yield slot, sum(scores)
        slot += duration


if __name__ == "__main__":
    day = datetime(2024, 6, 12, tzinfo=ZoneInfo("UTC"))
    slots = list(find_slots(day))
    best = max(score for _, score in slots)
    print(f"best coverage: {best}/{len(TEAM)} people")
    shown = 0
    for start, score in slots:
        if score == best and shown < 3:
            shown += 1
            locals_ = ", ".join(
                f"{name} {start.astimezone(ZoneInfo(tz)):%H:%M}" for name, tz in TEAM.items()
            )
            print(f"{start:%H:%M} UTC -> {locals_}")
