# ordinary: find free meeting slots across calendars, in a given time zone
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterator
from zoneinfo import ZoneInfo


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"slot ends before it starts: {self}")

    def __len__(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def overlaps(self, other: "Slot") -> bool:
        return self.start < other.end and other.start < self.end


def _free(busy: list[Slot], day_start: datetime, day_end: datetime) -> Iterator[Slot]:
    cursor = day_start
    for b in sorted(busy):
        if b.start > cursor:
            yield Slot(cursor, min(b.start, day_end))
        cursor = max(cursor, b.end)
    if cursor < day_end:
        yield Slot(cursor, day_end)


def free_slots(day: str, busy: list[list[str]], tz: str = "UTC", min_minutes: int = 30,
               work_hours: tuple[int, int] = (9, 17)) -> dict:
    """busy: [[start_iso, end_iso], ...] as local times. Returns free slots of at least min_minutes."""
    try:
        zone = ZoneInfo(tz)
        d = datetime.fromisoformat(day).replace(tzinfo=zone)
        slots = [Slot(datetime.fromisoformat(s).replace(tzinfo=zone), datetime.fromisoformat(e).replace(tzinfo=zone))
                 for s, e in busy]
    except (ValueError, KeyError) as e:
        return {"error": str(e)}
    start = d.replace(hour=work_hours[0], minute=0)
    end = d.replace(hour=work_hours[1], minute=0)
    free = [s for s in _free(slots, start, end) if len(s) >= min_minutes]
    return {
        "free": [{"start": f"{s.start:%H:%M}", "end": f"{s.end:%H:%M}", "minutes": len(s),
                  "utc": s.start.astimezone(timezone.utc).isoformat()} for s in free],
        "total_free_minutes": sum(map(len, free)),
        "noon_free": any((start + timedelta(hours=12 - work_hours[0])) in s for s in free),
    }


if __name__ == "__main__":
    print(free_slots("2024-05-06", [["2024-05-06T10:00", "2024-05-06T11:30"], ["2024-05-06T13:00", "2024-05-06T13:15"]], "Europe/Paris"))
