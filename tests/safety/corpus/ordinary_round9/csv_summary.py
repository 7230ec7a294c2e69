"""Summarise CSV text (given as a string) column by column."""
import csv
import io
import statistics
from typing import TypedDict


class ColumnStats(TypedDict, total=False):
    kind: str
    count: int
    mean: float
    median: float
    distinct: int


def _as_float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def summarise_csv(text: str, delimiter: str = ",") -> dict[str, ColumnStats]:
    """Entry point: per-column stats for numeric and text columns."""
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns: dict[str, list[str]] = {}
    for row in reader:
        for key, value in row.items():
            columns.setdefault(key, []).append((value or "").strip())
    summary: dict[str, ColumnStats] = {}
    for name, values in columns.items():
        nums = [n for n in map(_as_float, values) if n is not None]
        stats: ColumnStats = {"count": len(values)}
        if nums and len(nums) == len(values):
            stats["kind"] = "numeric"
            stats["mean"] = round(statistics.fmean(nums), 4)
            stats["median"] = statistics.median(nums)
        else:
            stats["kind"] = "text"
            stats["distinct"] = len(set(values))
        summary[name] = stats
    return summary
