# family: ordinary, blind round 61 (CSV column summary)
import csv
import io
import statistics
from collections import defaultdict
from operator import itemgetter


def _to_float(value: str) -> float | None:
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return None


def summarize_csv(csv_text: str, group_by: str | None = None, value_column: str | None = None) -> dict:
    """Summarise CSV text: column types, numeric stats, and an optional group-by total.

    Args:
        csv_text: CSV content with a header row.
        group_by: Optional column to group rows by.
        value_column: Numeric column to sum per group.
    """
    rows = list(csv.DictReader(io.StringIO(csv_text.strip())))
    if not rows:
        return {"rows": 0, "columns": {}}
    columns = {}
    for name in rows[0]:
        values = [r[name] for r in rows]
        numbers = [n for n in map(_to_float, values) if n is not None]
        if len(numbers) == len(values):
            columns[name] = {"type": "numeric", "min": min(numbers), "max": max(numbers),
                             "mean": round(statistics.fmean(numbers), 3)}
        else:
            columns[name] = {"type": "text", "distinct": len(set(values))}
    result = {"rows": len(rows), "columns": columns}
    if group_by and value_column:
        totals: dict[str, float] = defaultdict(float)
        for row in rows:
            totals[row[group_by]] += _to_float(row[value_column]) or 0.0
        result["groups"] = dict(sorted(totals.items(), key=itemgetter(1), reverse=True))
    return result


if __name__ == "__main__":
    data = """region,product,units,price
north,widget,10,2.5
south,widget,4,2.5
north,gadget,7,9.99
east,gizmo,12,1.25
south,gadget,3,9.99"""
    print(summarize_csv(data, group_by="region", value_column="units"))
