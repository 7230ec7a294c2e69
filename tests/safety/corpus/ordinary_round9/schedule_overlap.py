"""Detect overlapping meetings and compute free slots in a day."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import NamedTuple


class Slot(NamedTuple):
    start: int
    end: int

    @classmethod
    def parse(cls, text: str) -> Slot:
        a, b = (time.fromisoformat(p.strip()) for p in text.split("-"))
        return cls(a.hour * 60 + a.minute, b.hour * 60 + b.minute)

    def __str__(self) -> str:
        return f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"


@dataclass
class Meeting:
    title: str
    slot: Slot


def overlaps(a: Slot, b: Slot) -> bool:
    return a.start < b.end and b.start < a.end


def free_slots(busy: list[Slot], day: Slot, min_len: int) -> list[Slot]:
    free: list[Slot] = []
    cursor = day.start
    for s in sorted(busy):
        if s.start - cursor >= min_len:
            free.append(Slot(cursor, s.start))
        cursor = max(cursor, s.end)
    if day.end - cursor >= min_len:
        free.append(Slot(cursor, day.end))
    return free


def analyse_day(meetings: dict[str, str], day: str = "09:00-17:00", min_free: int = 30) -> dict[str, list[str]]:
    """Entry point: list conflicts and free slots of at least min_free minutes."""
    items = [Meeting(title, Slot.parse(span)) for title, span in meetings.items()]
    conflicts: list[str] = []
    for i, m in enumerate(items):
        for other in items[i + 1:]:
            if overlaps(m.slot, other.slot):
                conflicts.append(f"{m.title} x {other.title}")
    free = free_slots([m.slot for m in items], Slot.parse(day), min_free)
    return {"conflicts": conflicts, "free": [str(s) for s in free]}
