"""Generate a plain-text sales report grouped by region."""
from collections import defaultdict
from operator import itemgetter


class ReportFormatter:
    header = "{title:^{width}}"
    rule_char = "="
    row = "{region:<12}{units:>8}{revenue:>14,.2f}{share:>9.1%}"
    footer = "{label:<12}{units:>8}{revenue:>14,.2f}"

    def __init__(self, title: str, width: int = 43) -> None:
        self.title = title
        self.width = width
        self.column_line = "{:<12}{:>8}{:>14}{:>9}".format("Region", "Units", "Revenue", "Share")

    def render(self, rows: list[dict], total_units: int, total_revenue: float) -> str:
        out = [self.header.format(title=self.title, width=self.width), self.rule_char * self.width,
               self.column_line, "-" * self.width]
        for r in rows:
            out.append(self.row.format(**r))
        out.append("-" * self.width)
        out.append(self.footer.format(label="TOTAL", units=total_units, revenue=total_revenue))
        return "\n".join(out)


def sales_report(sales: list[dict], title: str = "Sales by region", top: int | None = None) -> str:
    units: dict[str, int] = defaultdict(int)
    revenue: dict[str, float] = defaultdict(float)
    for s in sales:
        units[s["region"]] += s["units"]
        revenue[s["region"]] += s["units"] * s["price"]
    total_rev = sum(revenue.values())
    rows = [
        {"region": reg, "units": units[reg], "revenue": revenue[reg],
         "share": revenue[reg] / total_rev if total_rev else 0.0}
        for reg in revenue
    ]
    rows.sort(key=itemgetter("revenue"), reverse=True)
    if top:
        rows = rows[:top]
    return ReportFormatter(title).render(rows, sum(units.values()), total_rev)


if __name__ == "__main__":
    print(sales_report([
        {"region": "North", "units": 120, "price": 9.99},
        {"region": "South", "units": 80, "price": 12.5},
        {"region": "North", "units": 30, "price": 11.0},
        {"region": "West", "units": 200, "price": 4.25},
    ]))
