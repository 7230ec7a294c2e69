import csv
import io
import statistics
from collections import defaultdict


def summarize_csv(text: str, delimiter: str = ",") -> dict:
    """Summarize every numeric column of a CSV document.

    Returns min, max, mean and median per column, and the number of rows.
    Non-numeric cells are counted as missing.
    """
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns: dict[str, list[float]] = defaultdict(list)
    missing: dict[str, int] = defaultdict(int)
    rows = 0
    for row in reader:
        rows += 1
        for name, cell in row.items():
            if name is None:
                continue
            try:
                columns[name].append(float(cell))
            except (TypeError, ValueError):
                missing[name] += 1
    summary = {}
    for name, values in columns.items():
        if not values:
            continue
        summary[name] = {
            "min": min(values),
            "max": max(values),
            "mean": round(statistics.fmean(values), 4),
            "median": statistics.median(values),
            "missing": missing.get(name, 0),
        }
    return {"rows": rows, "columns": summary}
