# family: ordinary, blind round 63 (iterable business-day date range)
import calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    step: timedelta = timedelta(days=1)

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"end {self.end} precedes start {self.start}")
        if self.step <= timedelta(0):
            raise ValueError("step must be positive")

    @classmethod
    def month(cls, year, month):
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last))

    @classmethod
    def parse(cls, text):
        a, b = (date.fromisoformat(part.strip()) for part in text.split(".."))
        return cls(a, b)

    def __iter__(self):
        current = self.start
        while current <= self.end:
            yield current
            current += self.step

    def __len__(self):
        return (self.end - self.start) // self.step + 1

    def __contains__(self, d):
        return self.start <= d <= self.end and (d - self.start) % self.step == timedelta(0)

    def business_days(self, holidays=()):
        return [d for d in self if d.weekday() < 5 and d not in holidays]

    def weeks(self):
        return DateRange(self.start, self.end, timedelta(weeks=1))

    def __str__(self):
        return f"{self.start:%b %d}–{self.end:%b %d, %Y}"


if __name__ == "__main__":
    may = DateRange.month(2024, 5)
    holidays = {date(2024, 5, 27)}
    print(may, len(may), "days")
    bdays = may.business_days(holidays)
    print(len(bdays), "business days; first:", bdays[0], "last:", bdays[-1])
    print([f"{d:%a %d}" for d in may.weeks()])
    sprint = DateRange.parse("2024-06-03 .. 2024-06-14")
    print(sprint, date(2024, 6, 10) in sprint, date(2024, 6, 10) in sprint.weeks())
    try:
        DateRange.parse("2024-06-14..2024-06-03")
    except ValueError as exc:
        print("error:", exc)
