# family: ordinary, blind round 59 (summarise a CSV string by column)
import csv
import io
import statistics
from collections import Counter


def _to_float(value: str):
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return None


def summarize_csv(text: str) -> dict:
    reader = csv.DictReader(io.StringIO(text.strip()))
    columns = {name: [] for name in reader.fieldnames or []}
    for row in reader:
        for name in columns:
            columns[name].append((row.get(name) or "").strip())

    summary = {}
    for name, values in columns.items():
        non_empty = [v for v in values if v]
        numbers = [n for n in (_to_float(v) for v in non_empty) if n is not None]
        info = {"count": len(values), "missing": len(values) - len(non_empty)}
        if non_empty and len(numbers) == len(non_empty):
            info.update(
                type="numeric",
                min=min(numbers),
                max=max(numbers),
                mean=round(statistics.fmean(numbers), 3),
                median=statistics.median(numbers),
            )
        else:
            info.update(type="text", unique=len(set(non_empty)),
                        top=Counter(non_empty).most_common(2))
        summary[name] = info
    return summary


if __name__ == "__main__":
    data = """city,population,area_km2,country
Lyon,513275,47.87,France
Graz,291072,127.6,Austria
Porto,231800,,Portugal
Lyon,513275,47.87,France
Ghent,263703,156.2,Belgium
"""
    for col, stats in summarize_csv(data).items():
        print(col, stats)
