# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Parse CSV text into typed records and summarise."""
import csv
import io
import statistics
from dataclasses import dataclass, fields
from datetime import date
from typing import Iterable

SAMPLE = """date,region,units,price
2024-01-03,north,12,3.50
2024-01-04,south,7,4.00
2024-01-04,north,3,3.50
2024-01-05,east,20,2.75
2024-01-06,south,9,4.25
"""


@dataclass(slots=True)
class Sale:
    date: date
    region: str
    units: int
    price: float

    @property
    def revenue(self) -> float:
        return self.units * self.price


_CONVERTERS = {date: date.fromisoformat, int: int, float: float, str: str}


def parse_sales(text: str) -> list[Sale]:
    reader = csv.DictReader(io.StringIO(text))
    out: list[Sale] = []
    for row in reader:
        kwargs = {f.name: _CONVERTERS[f.type](row[f.name]) for f in fields(Sale)}
        out.append(Sale(**kwargs))
    return out


def revenue_by_region(sales: Iterable[Sale]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for s in sales:
        totals[s.region] = totals.get(s.region, 0.0) + s.revenue
    return dict(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))


def to_csv(totals: dict[str, float]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["region", "revenue"])
    for region, rev in totals.items():
        writer.writerow([region, f"{rev:.2f}"])
    return buf.getvalue()


if __name__ == "__main__":
    sales = parse_sales(SAMPLE)
    print(sales[0])
    print("mean units:", statistics.mean(s.units for s in sales))
    print(to_csv(revenue_by_region(sales)))
