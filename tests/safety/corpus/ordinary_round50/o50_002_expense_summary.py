# family: ordinary, blind round 50 (summarise a CSV of expenses)
import csv
import io
from collections import defaultdict
from decimal import Decimal

SAMPLE = """date,category,description,amount
2024-03-01,groceries,Weekly shop,82.15
2024-03-02,transport,Bus pass,45.00
2024-03-05,groceries,Farmers market,23.40
2024-03-09,dining,Pizza night,31.75
2024-03-12,utilities,Electric bill,96.20
2024-03-15,dining,Coffee,4.50
2024-03-18,groceries,Weekly shop,77.89
"""


def summarise_expenses(csv_text):
    totals = defaultdict(Decimal)
    counts = defaultdict(int)
    reader = csv.DictReader(io.StringIO(csv_text))
    for row in reader:
        amount = Decimal(row["amount"])
        totals[row["category"]] += amount
        counts[row["category"]] += 1
    grand = sum(totals.values(), Decimal("0"))
    summary = []
    for cat, total in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
        share = (total / grand * 100).quantize(Decimal("0.1"))
        summary.append({"category": cat, "count": counts[cat], "total": total, "share_pct": share})
    return summary, grand


if __name__ == "__main__":
    rows, grand_total = summarise_expenses(SAMPLE)
    print(f"{'Category':<12}{'Count':>6}{'Total':>10}{'Share':>8}")
    for r in rows:
        print(f"{r['category']:<12}{r['count']:>6}{r['total']:>10}{r['share_pct']:>7}%")
    print(f"{'TOTAL':<12}{'':>6}{grand_total:>10}")
