"""Find meeting times that fall within working hours across time zones."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Participant:
    name: str
    tz: str
    start: time = time(9, 0)
    end: time = time(17, 0)
    zone: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone", ZoneInfo(self.tz))

    def is_available(self, moment: datetime, duration: timedelta) -> bool:
        local_start = moment.astimezone(self.zone)
        local_end = (moment + duration).astimezone(self.zone)
        if local_start.weekday() >= 5 or local_start.date() != local_end.date():
            return False
        return self.start <= local_start.time() and local_end.time() <= self.end

    def local(self, moment: datetime) -> str:
        return moment.astimezone(self.zone).strftime("%a %H:%M %Z")


def common_slots(people: list[Participant], day: date, minutes: int = 30,
                 step_minutes: int = 30) -> list[datetime]:
    """All UTC start times on `day` at which everyone is free."""
    utc = ZoneInfo("UTC")
    duration = timedelta(minutes=minutes)
    cursor = datetime.combine(day, time(0), tzinfo=utc)
    end = cursor + timedelta(days=1)
    slots = []
    while cursor < end:
        if all(p.is_available(cursor, duration) for p in people):
            slots.append(cursor)
        cursor += timedelta(minutes=step_minutes)
    return slots


def describe(people: list[Participant], day: date) -> list[str]:
    return [", ".join(f"{p.name}: {p.local(s)}" for p in people) for s in common_slots(people, day)]


if __name__ == "__main__":
    team = [Participant("ana", "Europe/Lisbon"), Participant("raj", "Asia/Kolkata", time(10), time(19)),
            Participant("kim", "America/New_York", time(8), time(16))]
    print(describe(team[:2], date(2024, 5, 14))[:2])
    print(len(common_slots(team, date(2024, 5, 14))), common_slots(team[::2], date(2024, 5, 14))[0].isoformat())
