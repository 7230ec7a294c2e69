"""Pivot a CSV string into a cross-tab with a chosen aggregate."""
import csv
import io
import statistics
from collections import defaultdict

AGGREGATES = {
    "sum": sum,
    "count": len,
    "mean": statistics.fmean,
    "min": min,
    "max": max,
    "median": statistics.median,
}


def pivot(csv_text: str, index: str, columns: str, values: str, agg: str = "sum", fill=0) -> dict:
    if agg not in AGGREGATES:
        raise ValueError(f"agg must be one of {sorted(AGGREGATES)}")
    func = AGGREGATES[agg]
    cells: dict[tuple[str, str], list[float]] = defaultdict(list)
    row_keys, col_keys = set(), set()
    for row in csv.DictReader(io.StringIO(csv_text.strip())):
        r, c = row[index], row[columns]
        row_keys.add(r)
        col_keys.add(c)
        cells[(r, c)].append(float(row[values]))
    cols = sorted(col_keys)
    table = {}
    for r in sorted(row_keys):
        table[r] = {c: (round(func(cells[(r, c)]), 4) if (r, c) in cells else fill) for c in cols}
    return {"columns": cols, "rows": table}


def pivot_to_csv(result: dict, index_name: str = "") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([index_name, *result["columns"]])
    for key, row in result["rows"].items():
        writer.writerow([key, *(row[c] for c in result["columns"])])
    return out.getvalue()


if __name__ == "__main__":
    data = """month,product,units
jan,apple,10
jan,pear,4
feb,apple,7
feb,apple,3
mar,pear,9
"""
    res = pivot(data, "month", "product", "units")
    print(res)
    print(pivot_to_csv(res, "month"))
    print(pivot(data, "product", "month", "units", agg="mean", fill=None))
