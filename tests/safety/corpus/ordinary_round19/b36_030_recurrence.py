"""Generate occurrences of simple recurring events (daily, weekly, monthly)."""
import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, auto
from itertools import islice
from typing import Iterator


class Frequency(Enum):
    DAILY = auto()
    WEEKLY = auto()
    MONTHLY = auto()


@dataclass
class Rule:
    start: date
    frequency: Frequency
    interval: int = 1
    weekdays: set[int] = field(default_factory=set)  # 0=Mon, used for WEEKLY
    until: date | None = None


def _add_months(d: date, months: int) -> date:
    month_index = d.month - 1 + months
    year, month = d.year + month_index // 12, month_index % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def occurrences(rule: Rule) -> Iterator[date]:
    """Yield dates matching the rule, in order, stopping at ``until`` if given."""
    n = 0
    while True:
        if rule.frequency is Frequency.DAILY:
            batch = [rule.start + timedelta(days=n * rule.interval)]
        elif rule.frequency is Frequency.WEEKLY:
            week_start = rule.start - timedelta(days=rule.start.weekday()) + timedelta(weeks=n * rule.interval)
            days = sorted(rule.weekdays or {rule.start.weekday()})
            batch = [week_start + timedelta(days=d) for d in days]
        else:
            batch = [_add_months(rule.start, n * rule.interval)]
        for d in batch:
            if d < rule.start:
                continue
            if rule.until and d > rule.until:
                return
            yield d
        n += 1


def next_n(rule: Rule, count: int) -> list[str]:
    return [d.isoformat() for d in islice(occurrences(rule), count)]


if __name__ == "__main__":
    print(next_n(Rule(date(2024, 1, 31), Frequency.MONTHLY), 5))
    print(next_n(Rule(date(2024, 5, 1), Frequency.WEEKLY, weekdays={0, 2, 4}), 6))
    print(next_n(Rule(date(2024, 5, 1), Frequency.DAILY, interval=3, until=date(2024, 5, 12)), 10))
