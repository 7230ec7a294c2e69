# ordinary: merge overlapping time intervals and find free slots
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(order=True, frozen=True)
class Interval:
    start: datetime
    end: datetime

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"interval ends before it starts: {self.start} > {self.end}")

    def overlaps(self, other):
        return self.start <= other.end and other.start <= self.end

    def union(self, other):
        return Interval(min(self.start, other.start), max(self.end, other.end))

    @property
    def duration(self):
        return self.end - self.start


def merge(intervals):
    merged = []
    for interval in sorted(intervals):
        if merged and merged[-1].overlaps(interval):
            merged[-1] = merged[-1].union(interval)
        else:
            merged.append(interval)
    return merged


def free_slots(busy, day_start, day_end, minimum=timedelta(minutes=15)):
    slots, cursor = [], day_start
    for block in merge(busy):
        if block.start - cursor >= minimum:
            slots.append(Interval(cursor, block.start))
        cursor = max(cursor, block.end)
    if day_end - cursor >= minimum:
        slots.append(Interval(cursor, day_end))
    return slots


def at(hhmm):
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2024, 3, 4, hour, minute)


if __name__ == "__main__":
    busy = [Interval(at("09:00"), at("10:00")), Interval(at("09:30"), at("11:00")),
            Interval(at("13:00"), at("13:10")), Interval(at("13:20"), at("14:00"))]
    for iv in merge(busy):
        print("busy", iv.start.strftime("%H:%M"), "-", iv.end.strftime("%H:%M"))
    for iv in free_slots(busy, at("08:00"), at("17:00")):
        print("free", iv.start.strftime("%H:%M"), "-", iv.end.strftime("%H:%M"), iv.duration)
