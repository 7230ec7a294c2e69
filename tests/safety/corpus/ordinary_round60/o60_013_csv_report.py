# family: ordinary, blind round 60 (sales CSV aggregation via io.StringIO and groupby)
import csv
import io
from decimal import Decimal
from itertools import groupby
from operator import itemgetter

RAW = """region,rep,month,amount
North,Alice,2024-01,1200.50
South,Bob,2024-01,830.00
North,Carol,2024-02,990.25
North,Alice,2024-02,1500.00
South,Bob,2024-02,410.75
East,Dan,2024-01,2200.00
"""


def load_rows(text: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        row["amount"] = Decimal(row["amount"])
        rows.append(row)
    return rows


def totals_by(rows: list[dict], key: str) -> dict[str, Decimal]:
    getter = itemgetter(key)
    ordered = sorted(rows, key=getter)
    return {k: sum((r["amount"] for r in grp), Decimal(0)) for k, grp in groupby(ordered, key=getter)}


def to_csv(summary: dict[str, Decimal], header: tuple[str, str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for k, v in sorted(summary.items(), key=itemgetter(1), reverse=True):
        writer.writerow([k, f"{v:.2f}"])
    return buf.getvalue()


if __name__ == "__main__":
    rows = load_rows(RAW)
    by_region = totals_by(rows, "region")
    by_month = totals_by(rows, "month")
    print(to_csv(by_region, ("region", "total")))
    print(to_csv(by_month, ("month", "total")))
    best = max(rows, key=itemgetter("amount"))
    print(f"best single sale: {best['rep']} {best['amount']}")
