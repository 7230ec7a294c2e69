# family: ordinary, blind round 60 (meeting planner across time zones with zoneinfo)
from dataclasses import dataclass
from datetime import datetime, timedelta, time
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Participant:
    name: str
    tz: str
    work_start: time = time(9, 0)
    work_end: time = time(17, 0)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def is_available(self, moment_utc: datetime, duration: timedelta) -> bool:
        local_start = moment_utc.astimezone(self.zone)
        local_end = (moment_utc + duration).astimezone(self.zone)
        if local_start.weekday() >= 5 or local_start.date() != local_end.date():
            return False
        return self.work_start <= local_start.time() and local_end.time() <= self.work_end


def find_slots(people: list[Participant], day: datetime, duration: timedelta,
               step: timedelta = timedelta(minutes=30)) -> list[datetime]:
    start = day.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=ZoneInfo("UTC"))
    slots = []
    current = start
    while current < start + timedelta(days=1):
        if all(p.is_available(current, duration) for p in people):
            slots.append(current)
        current += step
    return slots


def describe(slot: datetime, people: list[Participant]) -> str:
    parts = [f"{p.name} {slot.astimezone(p.zone):%H:%M %Z}" for p in people]
    return f"{slot:%H:%M} UTC | " + ", ".join(parts)


if __name__ == "__main__":
    team = [
        Participant("Ava", "America/New_York"),
        Participant("Ben", "Europe/London", time(8, 0), time(18, 0)),
        Participant("Chen", "Europe/Berlin", time(10, 0), time(19, 0)),
    ]
    day = datetime(2024, 3, 14)
    slots = find_slots(team, day, timedelta(hours=1))
    print(f"{len(slots)} one-hour slots on {day:%a %d %b}:")
    for s in slots:
        print("  " + describe(s, team))
    print("weekend slots:", len(find_slots(team, datetime(2024, 3, 16), timedelta(hours=1))))
