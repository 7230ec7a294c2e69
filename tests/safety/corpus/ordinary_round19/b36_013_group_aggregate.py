"""Group records by one or more keys and compute aggregates."""
from collections import defaultdict
from operator import itemgetter
from typing import Any, Callable, Iterable
import statistics

AGGREGATORS: dict[str, Callable[[list[float]], float]] = {
    "sum": sum,
    "count": len,
    "min": min,
    "max": max,
    "mean": statistics.fmean,
    "median": statistics.median,
}


def group_by(records: Iterable[dict[str, Any]], *keys: str) -> dict[tuple, list[dict[str, Any]]]:
    """Group records into lists keyed by the tuple of values for ``keys``."""
    getter = itemgetter(*keys)
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        value = getter(rec)
        groups[value if isinstance(value, tuple) else (value,)].append(rec)
    return dict(groups)


def aggregate(
    records: Iterable[dict[str, Any]], by: list[str], field: str, funcs: list[str]
) -> list[dict[str, Any]]:
    """Return one row per group with the requested aggregates of ``field``."""
    unknown = set(funcs) - AGGREGATORS.keys()
    if unknown:
        raise ValueError(f"unknown aggregates: {sorted(unknown)}")
    rows = []
    for key, members in sorted(group_by(records, *by).items()):
        values = [m[field] for m in members]
        row = dict(zip(by, key))
        for name in funcs:
            row[f"{field}_{name}"] = round(AGGREGATORS[name](values), 2)
        rows.append(row)
    return rows


if __name__ == "__main__":
    sales = [
        {"region": "north", "product": "A", "amount": 120},
        {"region": "north", "product": "B", "amount": 80},
        {"region": "south", "product": "A", "amount": 200},
        {"region": "north", "product": "A", "amount": 60},
        {"region": "south", "product": "B", "amount": 45},
    ]
    for row in aggregate(sales, ["region"], "amount", ["sum", "count", "mean"]):
        print(row)
    for row in aggregate(sales, ["region", "product"], "amount", ["sum", "max"]):
        print(row)
