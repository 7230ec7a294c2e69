"""Batch, group and window data using itertools recipes."""

from collections.abc import Iterable, Iterator
from itertools import accumulate, groupby, islice, pairwise, tee, zip_longest
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeVar

T = TypeVar("T")


class Sale(NamedTuple):
    region: str
    month: int
    amount: float


def batched(iterable: Iterable[T], n: int) -> Iterator[tuple[T, ...]]:
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def sliding(iterable: Iterable[T], n: int) -> Iterator[tuple[T, ...]]:
    iters = tee(iterable, n)
    for i, it in enumerate(iters):
        for _ in islice(it, i):
            pass
    return zip(*iters)


def sales_report(rows: list[tuple[str, int, float]], batch_size: int = 2) -> dict[str, object]:
    sales = sorted((Sale(*r) for r in rows), key=attrgetter("region", "month"))
    by_region = {
        region: list(accumulate(s.amount for s in group))
        for region, group in groupby(sales, key=attrgetter("region"))
    }
    months = sorted({s.month for s in sales})
    growth = [round(b - a, 2) for a, b in pairwise(sum(s.amount for s in sales if s.month == m) for m in months)]
    amounts = list(map(itemgetter(2), rows))
    return {
        "cumulative_by_region": by_region,
        "month_over_month": growth,
        "batches": list(batched(amounts, batch_size)),
        "windows": [round(sum(w) / len(w), 2) for w in sliding(amounts, 3)],
        "paired": list(zip_longest(["a", "b", "c"], amounts[:2], fillvalue=None)),
    }


if __name__ == "__main__":
    data = [("north", 1, 100.0), ("south", 1, 80.0), ("north", 2, 120.0), ("south", 2, 70.0), ("north", 3, 90.0)]
    print(sales_report(data))
