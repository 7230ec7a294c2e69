"""Interval value type with set-like operations; merge and free-slot finding."""
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Interval:
    start: float
    end: float

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"end {self.end} before start {self.start}")

    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.start <= x.start and x.end <= self.end
        return self.start <= x < self.end

    def __and__(self, other):
        lo, hi = max(self.start, other.start), min(self.end, other.end)
        return Interval(lo, hi) if lo < hi else None

    def overlaps(self, other):
        return self & other is not None

    def __len__(self):
        return int(self.end - self.start)

    @classmethod
    def parse(cls, text):
        a, b = text.replace(" ", "").split("-")
        return cls(*(int(h) * 60 + int(m) for h, m in (a.split(":"), b.split(":"))))

    def label(self):
        f = lambda t: f"{int(t) // 60:02d}:{int(t) % 60:02d}"
        return f"{f(self.start)}-{f(self.end)}"


def merge(intervals):
    out = []
    for iv in sorted(intervals):
        if out and iv.start <= out[-1].end:
            out[-1] = Interval(out[-1].start, max(out[-1].end, iv.end))
        else:
            out.append(iv)
    return out


def free_slots(busy: list, day: str = "09:00-17:00", min_minutes: int = 30) -> list:
    window = Interval.parse(day)
    merged = merge(Interval.parse(b) for b in busy)
    cursor, free = window.start, []
    for iv in merged:
        if iv.start > cursor:
            free.append(Interval(cursor, min(iv.start, window.end)))
        cursor = max(cursor, iv.end)
    if cursor < window.end:
        free.append(Interval(cursor, window.end))
    return [s.label() for s in free if len(s) >= min_minutes and s in window]


if __name__ == "__main__":
    print(free_slots(["09:30-10:00", "09:45-11:00", "12:00-12:20", "13:00-16:50"]))
    print(Interval(0, 10) & Interval(5, 20), 5 in Interval(0, 10), Interval(1, 2) < Interval(1, 3))
