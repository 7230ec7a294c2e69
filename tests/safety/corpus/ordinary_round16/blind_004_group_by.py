"""Group a list of records by one or more keys and aggregate a field."""
from collections import defaultdict
from operator import itemgetter
import statistics

AGGREGATES = {
    "sum": sum,
    "count": len,
    "mean": statistics.fmean,
    "min": min,
    "max": max,
}


def group_records(records: list[dict], keys: list[str], field: str, agg: str = "sum") -> list[dict]:
    """Group ``records`` by ``keys`` and aggregate ``field`` with ``agg``."""
    if agg not in AGGREGATES:
        raise ValueError(f"unknown aggregate {agg!r}; choose from {sorted(AGGREGATES)}")
    func = AGGREGATES[agg]
    getter = itemgetter(*keys)
    buckets: dict[tuple, list] = defaultdict(list)
    for rec in records:
        k = getter(rec)
        if not isinstance(k, tuple):
            k = (k,)
        buckets[k].append(rec.get(field, 0))
    result = []
    for k in sorted(buckets):
        row = dict(zip(keys, k))
        row[f"{field}_{agg}"] = func(buckets[k])
        result.append(row)
    return result


if __name__ == "__main__":
    sales = [
        {"region": "EU", "product": "A", "amount": 10},
        {"region": "EU", "product": "B", "amount": 5},
        {"region": "US", "product": "A", "amount": 7},
        {"region": "EU", "product": "A", "amount": 3},
    ]
    print(group_records(sales, ["region"], "amount"))
    print(group_records(sales, ["region", "product"], "amount", "mean"))
