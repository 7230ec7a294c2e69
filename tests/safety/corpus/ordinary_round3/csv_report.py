# ordinary: parse CSV text and render a fixed-width sales report
import csv
import io
from collections import defaultdict

HEADER = "{region:<10} {product:<12} {units:>6} {revenue:>10}"
ROW = "{region:<10} {product:<12} {units:>6} {revenue:>10.2f}"
TOTAL = "{label:<23} {units:>6} {revenue:>10.2f}"

SAMPLE = """region,product,units,price
North,Widget,10,2.50
North,Gadget,3,19.99
South,Widget,7,2.50
South,Gizmo,1,99.00
"""


def load_rows(text):
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        units = int(raw["units"])
        price = float(raw["price"])
        rows.append({"region": raw["region"], "product": raw["product"], "units": units, "revenue": units * price})
    return rows


def render(rows):
    lines = [HEADER.format(region="Region", product="Product", units="Units", revenue="Revenue")]
    lines.append("-" * len(lines[0]))
    totals = defaultdict(lambda: [0, 0.0])
    for row in sorted(rows, key=lambda r: (r["region"], -r["revenue"])):
        lines.append(ROW.format(**row))
        totals[row["region"]][0] += row["units"]
        totals[row["region"]][1] += row["revenue"]
    lines.append("-" * len(lines[0]))
    for region, (units, revenue) in sorted(totals.items()):
        lines.append(TOTAL.format(label=f"Total {region}", units=units, revenue=revenue))
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(load_rows(SAMPLE)))
