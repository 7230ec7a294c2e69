# ordinary: summarise numeric columns of CSV text
import csv
import io
import statistics
from collections import defaultdict
from typing import Any


def _to_float(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def summarize_csv(text: str, delimiter: str = "") -> dict[str, Any]:
    """Detect the dialect, then report count/mean/min/max for numeric columns."""
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample) if not delimiter else None
    except csv.Error:
        dialect = None
    reader = csv.DictReader(io.StringIO(text), dialect=dialect or csv.excel, delimiter=delimiter or (dialect.delimiter if dialect else ","))
    columns: dict[str, list[float]] = defaultdict(list)
    rows = 0
    for row in reader:
        rows += 1
        for key, raw in row.items():
            if key and raw is not None and (val := _to_float(raw)) is not None:
                columns[key].append(val)
    stats = {
        col: {"count": len(v), "mean": round(statistics.fmean(v), 3), "min": min(v), "max": max(v)}
        for col, v in columns.items() if v
    }
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["column", "mean"])
    w.writerows([c, s["mean"]] for c, s in stats.items())
    return {"rows": rows, "columns": list(reader.fieldnames or []), "numeric": stats, "csv": out.getvalue()}


if __name__ == "__main__":
    print(summarize_csv("name;age;score\nann;31;9.5\nbob;45;7\n"))
