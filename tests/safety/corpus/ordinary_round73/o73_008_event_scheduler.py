# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Find free meeting slots across calendars with timezone awareness."""
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

UTC = ZoneInfo("UTC")


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError("slot end must be after start")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def overlaps(self, other: "Slot") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Calendar:
    owner: str
    tz: str = "UTC"
    busy: list[Slot] = field(default_factory=list)

    def book(self, start: datetime, minutes: int) -> Slot:
        local = start.replace(tzinfo=ZoneInfo(self.tz))
        slot = Slot(local.astimezone(UTC), (local + timedelta(minutes=minutes)).astimezone(UTC))
        if any(slot.overlaps(b) for b in self.busy):
            raise ValueError(f"{self.owner} is busy at {start}")
        self.busy.append(slot)
        return slot


def free_slots(calendars: list[Calendar], window: Slot, min_minutes: int = 30) -> list[Slot]:
    busy = sorted(s for c in calendars for s in c.busy)
    result: list[Slot] = []
    cursor = window.start
    for b in busy:
        if b.end <= cursor:
            continue
        if b.start - cursor >= timedelta(minutes=min_minutes):
            result.append(Slot(cursor, min(b.start, window.end)))
        cursor = max(cursor, b.end)
        if cursor >= window.end:
            break
    if window.end - cursor >= timedelta(minutes=min_minutes):
        result.append(Slot(cursor, window.end))
    return result


if __name__ == "__main__":
    alice = Calendar("alice", "Europe/Berlin")
    bob = Calendar("bob", "America/New_York")
    alice.book(datetime(2024, 5, 6, 10, 0), 60)
    bob.book(datetime(2024, 5, 6, 6, 0), 90)
    window = Slot(datetime(2024, 5, 6, 7, 0, tzinfo=UTC), datetime(2024, 5, 6, 13, 0, tzinfo=UTC))
    for s in free_slots([alice, bob], window):
        print(s.start.isoformat(), "->", s.end.isoformat(), s.duration)
