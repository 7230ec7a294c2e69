# family: ordinary, blind round 63 (CSV sales report from dataclass rows using io.StringIO)
import csv
import io
from dataclasses import astuple, dataclass, fields
from decimal import Decimal
from itertools import groupby
from operator import attrgetter


@dataclass(order=True)
class Sale:
    region: str
    product: str
    units: int
    unit_price: Decimal

    @classmethod
    def from_dict(cls, row):
        return cls(row["region"], row["product"], int(row["units"]), Decimal(row["unit_price"]))

    @property
    def revenue(self):
        return self.units * self.unit_price


class SalesReport:
    def __init__(self, sales):
        self.sales = sorted(sales)

    @classmethod
    def from_csv(cls, text):
        return cls(Sale.from_dict(r) for r in csv.DictReader(io.StringIO(text)))

    def by_region(self):
        return {region: sum((s.revenue for s in group), Decimal(0))
                for region, group in groupby(self.sales, key=attrgetter("region"))}

    def to_csv(self):
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([f.name for f in fields(Sale)] + ["revenue"])
        for s in self.sales:
            writer.writerow([*astuple(s), s.revenue])
        writer.writerow(["TOTAL", "", sum(s.units for s in self.sales), "", sum(self.by_region().values())])
        return buf.getvalue()


if __name__ == "__main__":
    raw = """region,product,units,unit_price
west,widget,10,2.50
east,gadget,3,19.99
west,gizmo,7,5.00
east,widget,12,2.50
north,"gadget, deluxe",1,49.00
"""
    report = SalesReport.from_csv(raw)
    print(report.to_csv())
    for region, revenue in sorted(report.by_region().items(), key=lambda kv: -kv[1]):
        print(f"{region:<6}{revenue:>10,.2f}")
