"""Summarise CSV text: column types, counts and numeric ranges."""
import csv
import io
import statistics


def _to_float(value: str):
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return None


def summarize_csv(csv_text: str, delimiter: str = ",") -> dict:
    """Return per-column summary statistics for CSV text with a header row."""
    reader = csv.DictReader(io.StringIO(csv_text), delimiter=delimiter)
    columns: dict[str, list[str]] = {name: [] for name in reader.fieldnames or []}
    row_count = 0
    for row in reader:
        row_count += 1
        for name in columns:
            columns[name].append((row.get(name) or "").strip())
    summary = {"rows": row_count, "columns": {}}
    for name, values in columns.items():
        non_empty = [v for v in values if v]
        numbers = [n for n in map(_to_float, non_empty) if n is not None]
        info = {"non_empty": len(non_empty), "distinct": len(set(non_empty))}
        if non_empty and len(numbers) == len(non_empty):
            info.update(
                type="number",
                min=min(numbers),
                max=max(numbers),
                mean=round(statistics.fmean(numbers), 3),
            )
        else:
            info["type"] = "text"
        summary["columns"][name] = info
    return summary


if __name__ == "__main__":
    data = "name,age,city\nAna,31,Lisbon\nBo,27,Oslo\nCy,,Oslo\nDee,45,Rome\n"
    import json

    print(json.dumps(summarize_csv(data), indent=2))
