"""Classic itertools recipes applied to small list-processing jobs."""
from collections import deque
from itertools import chain, cycle, groupby, islice, zip_longest
from typing import Any, Iterable, Iterator


def batched(iterable: Iterable, n: int) -> Iterator[tuple]:
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk


def sliding_window(iterable: Iterable, n: int) -> Iterator[tuple]:
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def roundrobin(*iterables: Iterable) -> Iterator:
    nexts = cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def unique_everseen(iterable: Iterable, key=None) -> Iterator:
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def run_length(iterable: Iterable) -> list[tuple[Any, int]]:
    return [(k, sum(1 for _ in g)) for k, g in groupby(iterable)]


def process_list(items: list[Any], size: int = 3, others: list[list[Any]] | None = None) -> dict:
    others = others or []
    return {
        "batches": list(batched(items, size)),
        "windows": list(sliding_window(items, size)),
        "interleaved": list(roundrobin(items, *others)),
        "unique": list(unique_everseen(items, key=lambda x: str(x).lower())),
        "runs": run_length(items),
        "transposed": list(zip_longest(items, *others, fillvalue=None)),
        "flat": list(chain.from_iterable([items, *others])),
    }


if __name__ == "__main__":
    for k, v in process_list(["a", "a", "B", "b", "c", "a"], 2, [[1, 2], ["x"]]).items():
        print(f"{k:>12}: {v}")
