"""Group rows of a CSV string and compute per-group statistics."""
import csv
import io
import statistics
from collections import defaultdict


def parse_csv(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text.strip()))
    return [dict(row) for row in reader]


def group_stats(csv_text: str, group_by: str, value_column: str) -> dict[str, dict]:
    """Return count/sum/mean/median/stdev of ``value_column`` per ``group_by``."""
    groups: dict[str, list[float]] = defaultdict(list)
    for row in parse_csv(csv_text):
        raw = (row.get(value_column) or "").strip()
        if not raw:
            continue
        try:
            groups[row[group_by]].append(float(raw))
        except ValueError:
            continue
    out = {}
    for key, values in sorted(groups.items()):
        out[key] = {
            "count": len(values),
            "sum": round(sum(values), 4),
            "mean": round(statistics.fmean(values), 4),
            "median": statistics.median(values),
            "stdev": round(statistics.stdev(values), 4) if len(values) > 1 else 0.0,
            "min": min(values),
            "max": max(values),
        }
    return out


def to_csv(stats: dict[str, dict], key_name: str = "group") -> str:
    buf = io.StringIO()
    fields = [key_name, "count", "sum", "mean", "median", "stdev", "min", "max"]
    writer = csv.DictWriter(buf, fieldnames=fields)
    writer.writeheader()
    for key, row in stats.items():
        writer.writerow({key_name: key, **row})
    return buf.getvalue()


if __name__ == "__main__":
    data = """region,amount
north,10
south,4.5
north,12
east,
south,5.5
north,x
"""
    s = group_stats(data, "region", "amount")
    print(s)
    print(to_csv(s, "region"))
