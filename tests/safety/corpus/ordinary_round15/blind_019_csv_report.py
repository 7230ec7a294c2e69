"""Group-by report over CSV text: sums, counts and averages per key column."""
import csv
import io
from collections import defaultdict


def group_report(csv_text: str, key: str, value: str, delimiter: str = ",") -> dict:
    reader = csv.DictReader(io.StringIO(csv_text), delimiter=delimiter)
    if reader.fieldnames is None or key not in reader.fieldnames or value not in reader.fieldnames:
        raise ValueError(f"columns must include {key!r} and {value!r}")
    sums = defaultdict(float)
    counts = defaultdict(int)
    bad_rows = []
    for lineno, row in enumerate(reader, start=2):
        try:
            v = float(row[value].replace(",", "").strip() or 0)
        except ValueError:
            bad_rows.append(lineno)
            continue
        k = row[key].strip() or "(blank)"
        sums[k] += v
        counts[k] += 1
    groups = [{"key": k, "count": counts[k], "sum": round(sums[k], 2),
               "avg": round(sums[k] / counts[k], 2)} for k in sorted(sums)]
    return {"groups": groups, "bad_rows": bad_rows}


def to_csv(rows: list) -> str:
    if not rows:
        return ""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


if __name__ == "__main__":
    text = "region,amount\nNorth,10\nSouth,\"1,200.50\"\nNorth,5.5\nEast,abc\n,3\n"
    rep = group_report(text, "region", "amount")
    print(rep["bad_rows"])
    print(to_csv(rep["groups"]))
