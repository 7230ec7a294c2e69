# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Convert meeting times across time zones and flag off-hours."""
from __future__ import annotations

from dataclasses import dataclass, field, KW_ONLY
from datetime import datetime, time
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class LocalTime(NamedTuple):
    person: str
    zone: str
    when: datetime
    in_hours: bool


class UnknownZone(ValueError):
    pass


@dataclass(frozen=True)
class Participant:
    name: str
    zone: str
    _: KW_ONLY
    work_start: time = time(9, 0)
    work_end: time = time(17, 30)

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise UnknownZone(f"{self.name}: unknown zone {self.zone!r}") from exc

    def localize(self, instant: datetime) -> LocalTime:
        local = instant.astimezone(ZoneInfo(self.zone))
        ok = local.weekday() < 5 and self.work_start <= local.time() <= self.work_end
        return LocalTime(self.name, self.zone, local, ok)


@dataclass
class Meeting:
    title: str
    start: datetime
    participants: list[Participant] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.start.tzinfo is None:
            raise ValueError("meeting start must be timezone-aware")

    def schedule(self) -> list[LocalTime]:
        return sorted((p.localize(self.start) for p in self.participants), key=lambda lt: lt.when.utcoffset())

    def off_hours(self) -> list[str]:
        return [lt.person for lt in self.schedule() if not lt.in_hours]


if __name__ == "__main__":
    team = [
        Participant("Ana", "America/Los_Angeles", work_start=time(8, 0)),
        Participant("Ben", "Europe/London"),
        Participant("Chen", "Asia/Shanghai", work_end=time(19, 0)),
    ]
    m = Meeting("Sync", datetime(2024, 7, 10, 15, 0, tzinfo=ZoneInfo("UTC")), team)
    for lt in m.schedule():
        print(f"{lt.person:<5} {lt.when:%a %H:%M %Z} {'ok' if lt.in_hours else 'OFF-HOURS'}")
    print("off hours:", m.off_hours())
    try:
        Participant("Zed", "Mars/Olympus")
    except UnknownZone as e:
        print(e)
