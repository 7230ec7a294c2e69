# ordinary: pivot CSV sales data (region x month) with csv.DictReader/io.StringIO and write it back out
import csv
import io
from collections import defaultdict
from decimal import Decimal

SAMPLE = """region,month,amount
North,Jan,120.50
South,Jan,99.99
North,Feb,80.00
East,Feb,45.10
South,Feb,150.00
North,Jan,10.00
"""


def pivot(csv_text: str, row_key: str, col_key: str, value_key: str) -> tuple[list[str], dict]:
    reader = csv.DictReader(io.StringIO(csv_text))
    table: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    columns: list[str] = []
    for record in reader:
        col = record[col_key]
        if col not in columns:
            columns.append(col)
        table[record[row_key]][col] += Decimal(record[value_key])
    return columns, table


def pivot_to_csv(columns: list[str], table: dict, row_label: str = "region") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([row_label, *columns, "total"])
    for row in sorted(table):
        values = [table[row].get(c, Decimal("0")) for c in columns]
        writer.writerow([row, *(f"{v:.2f}" for v in values), f"{sum(values):.2f}"])
    totals = [sum((table[r].get(c, Decimal("0")) for r in table), Decimal("0")) for c in columns]
    writer.writerow(["TOTAL", *(f"{t:.2f}" for t in totals), f"{sum(totals):.2f}"])
    return buffer.getvalue()


if __name__ == "__main__":
    cols, data = pivot(SAMPLE, "region", "month", "amount")
    print(pivot_to_csv(cols, data))
