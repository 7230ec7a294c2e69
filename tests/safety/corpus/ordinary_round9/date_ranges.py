"""Work with date ranges: business days and overlaps."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("end before start")

    @classmethod
    def parse(cls, text: str) -> DateRange:
        left, _, right = text.partition("..")
        return cls(date.fromisoformat(left.strip()), date.fromisoformat(right.strip()))

    def days(self) -> Iterator[date]:
        d = self.start
        while d <= self.end:
            yield d
            d += timedelta(days=1)

    def business_days(self, holidays: frozenset[date] = frozenset()) -> int:
        return sum(1 for d in self.days() if d.weekday() < 5 and d not in holidays)

    def overlap(self, other: DateRange) -> DateRange | None:
        start = max(self.start, other.start)
        end = min(self.end, other.end)
        return type(self)(start, end) if start <= end else None

    def __str__(self) -> str:
        return f"{self.start:%d %b %Y} - {self.end:%d %b %Y}"


def range_report(a: str, b: str, holidays: list[str] | None = None) -> dict[str, object]:
    """Entry point: report business days and overlap for two 'YYYY-MM-DD..YYYY-MM-DD' ranges."""
    hol = frozenset(date.fromisoformat(h) for h in holidays or [])
    ra, rb = DateRange.parse(a), DateRange.parse(b)
    ov = ra.overlap(rb)
    return {
        "a": str(ra),
        "b": str(rb),
        "a_business_days": ra.business_days(hol),
        "b_business_days": rb.business_days(hol),
        "overlap": str(ov) if ov else None,
        "overlap_business_days": ov.business_days(hol) if ov else 0,
    }
