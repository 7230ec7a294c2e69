"""Summarise numeric columns of CSV text (count, mean, median, stdev, min, max)."""
from __future__ import annotations

import csv
import io
import statistics
from typing import NamedTuple


class ColumnStats(NamedTuple):
    column: str
    count: int
    mean: float
    median: float
    stdev: float
    minimum: float
    maximum: float

    def row(self) -> str:
        return (f"{self.column:<10}{self.count:>6}{self.mean:>12.2f}{self.median:>12.2f}"
                f"{self.stdev:>12.2f}{self.minimum:>12.2f}{self.maximum:>12.2f}")


def _to_float(value: str) -> float | None:
    try:
        return float(value.replace(",", ""))
    except (ValueError, AttributeError):
        return None


def summarize_csv(text: str, delimiter: str = ",") -> list[ColumnStats]:
    reader = csv.DictReader(io.StringIO(text.strip()), delimiter=delimiter)
    columns: dict[str, list[float]] = {name: [] for name in reader.fieldnames or []}
    for record in reader:
        for name, raw in record.items():
            if (num := _to_float(raw)) is not None:
                columns[name].append(num)
    stats = []
    for name, values in columns.items():
        if not values:
            continue
        stats.append(ColumnStats(
            name, len(values), statistics.fmean(values), statistics.median(values),
            statistics.stdev(values) if len(values) > 1 else 0.0, min(values), max(values),
        ))
    return stats


def render(stats: list[ColumnStats]) -> str:
    header = f"{'column':<10}{'n':>6}" + "".join(f"{h:>12}" for h in ("mean", "median", "stdev", "min", "max"))
    return "\n".join([header, "-" * len(header), *(s.row() for s in stats)])


DATA = """
city,population,area_km2,note
Springfield,"167,000",156.3,capital
Shelbyville,52000,40.1,
Ogdenville,9800,n/a,rural
Capital City,"1,250,000",612.7,
"""

if __name__ == "__main__":
    result = summarize_csv(DATA)
    print(render(result))
    print(result[0]._asdict()["median"])
