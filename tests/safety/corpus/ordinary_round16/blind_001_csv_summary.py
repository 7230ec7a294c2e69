"""Summarise numeric columns of a CSV given as text."""
import csv
import io
import statistics


def summarize_csv(text: str, delimiter: str = ",") -> dict:
    """Return count/mean/median/min/max for every numeric column."""
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns: dict[str, list[float]] = {}
    non_numeric: set[str] = set()
    for row in reader:
        for key, value in row.items():
            if key is None or value is None:
                continue
            value = value.strip()
            if not value or key in non_numeric:
                continue
            try:
                columns.setdefault(key, []).append(float(value))
            except ValueError:
                non_numeric.add(key)
                columns.pop(key, None)
    summary = {}
    for name, values in columns.items():
        if not values:
            continue
        summary[name] = {
            "count": len(values),
            "mean": round(statistics.fmean(values), 4),
            "median": statistics.median(values),
            "min": min(values),
            "max": max(values),
            "stdev": round(statistics.stdev(values), 4) if len(values) > 1 else 0.0,
        }
    return summary


if __name__ == "__main__":
    data = "name,age,score\nann,31,88.5\nbob,45,92\ncid,27,71.25\n"
    for col, stats in summarize_csv(data).items():
        print(col, stats)
