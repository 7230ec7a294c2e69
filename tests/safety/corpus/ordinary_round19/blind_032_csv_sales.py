"""Parse CSV sales text into typed rows and aggregate revenue by region."""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import astuple, dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Sale:
    day: date
    region: str
    product: str
    units: int
    price: Decimal

    @classmethod
    def from_row(cls, row: dict[str, str]) -> "Sale":
        converters: dict[type, Any] = {date: date.fromisoformat, int: int, Decimal: Decimal, str: str.strip}
        kwargs = {}
        for f in fields(cls):
            kind = eval_type(f.type)
            kwargs[f.name] = converters[kind](row[f.name])
        return cls(**kwargs)

    @property
    def revenue(self) -> Decimal:
        return self.units * self.price


def eval_type(annotation: Any) -> type:
    names = {"date": date, "str": str, "int": int, "Decimal": Decimal}
    return names[annotation] if isinstance(annotation, str) else annotation


def parse_sales(text: str) -> list[Sale]:
    reader = csv.DictReader(io.StringIO(text.strip()))
    return [Sale.from_row(row) for row in reader]


def revenue_by_region(text: str) -> dict[str, str]:
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    for sale in parse_sales(text):
        totals[sale.region] += sale.revenue
    return {region: f"{amount:.2f}" for region, amount in sorted(totals.items())}


def to_csv(sales: list[Sale]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f.name for f in fields(Sale)])
    writer.writerows(astuple(s) for s in sales)
    return out.getvalue()


DATA = """day,region,product,units,price
2024-03-01,north,widget,3,9.99
2024-03-01,south,widget,1,9.99
2024-03-02,north,gizmo,2,24.50
"""

if __name__ == "__main__":
    print(revenue_by_region(DATA))
    print(to_csv(parse_sales(DATA)[:1]), end="")
