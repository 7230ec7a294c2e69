# family: ordinary, blind round 48 (csv sales summary)
import csv
import io
from collections import defaultdict
from decimal import Decimal

RAW = """region,rep,product,units,unit_price
North,Alice,Widget,12,3.50
North,Bob,Gadget,4,12.00
South,Carla,Widget,30,3.25
South,Carla,Gizmo,2,45.00
East,Dan,Gadget,7,11.50
North,Alice,Gizmo,1,45.00
East,Erin,Widget,18,3.50
"""


def load_rows(text):
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        row["units"] = int(row["units"])
        row["unit_price"] = Decimal(row["unit_price"])
        row["revenue"] = row["units"] * row["unit_price"]
        yield row


def summarize(rows, key):
    totals = defaultdict(Decimal)
    for row in rows:
        totals[row[key]] += row["revenue"]
    return dict(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))


def to_csv(summary, key_name):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([key_name, "revenue"])
    for k, v in summary.items():
        writer.writerow([k, f"{v:.2f}"])
    return buf.getvalue()


if __name__ == "__main__":
    rows = list(load_rows(RAW))
    by_region = summarize(rows, "region")
    by_rep = summarize(rows, "rep")
    print(to_csv(by_region, "region"))
    print(to_csv(by_rep, "rep"))
    print("grand total:", sum(by_region.values()))
