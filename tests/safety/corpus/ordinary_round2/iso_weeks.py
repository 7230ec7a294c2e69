# ordinary: ISO week utilities: week ranges, week labels and grouping dated records by ISO week
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Iterable, Tuple


def week_bounds(d: date) -> Tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def week_label(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def from_week_label(label: str) -> date:
    return datetime.strptime(label + "-1", "%G-W%V-%u").date()


def weeks_in_year(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


def group_by_week(records: Iterable[Tuple[str, float]]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for iso_day, amount in records:
        totals[week_label(date.fromisoformat(iso_day))] += amount
    return dict(sorted(totals.items()))


if __name__ == "__main__":
    today = date(2024, 12, 30)
    start, end = week_bounds(today)
    print(f"{today} is in {week_label(today)}: {start:%d %b} – {end:%d %b %Y}")
    print("W01 of 2025 starts", from_week_label("2025-W01"))
    print({y: weeks_in_year(y) for y in range(2019, 2027)})
    sales = [("2024-12-23", 120.0), ("2024-12-29", 80.0), ("2024-12-30", 42.5), ("2025-01-05", 10.0)]
    for wk, total in group_by_week(sales).items():
        print(f"{wk}: {total:8.2f}")
