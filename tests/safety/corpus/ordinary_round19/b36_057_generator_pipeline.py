"""Lazy generator pipeline for processing log lines in stages."""
import re
from collections import Counter, deque
from itertools import islice
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")
LOG_RE = re.compile(r"^(?P<ts>\S+) (?P<level>[A-Z]+) (?P<msg>.*)$")


def parse(lines: Iterable[str]) -> Iterator[dict[str, str]]:
    for line in lines:
        m = LOG_RE.match(line.strip())
        if m:
            yield m.groupdict()


def only_levels(records: Iterable[dict[str, str]], *levels: str) -> Iterator[dict[str, str]]:
    wanted = set(levels)
    return (r for r in records if r["level"] in wanted)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def sliding_window(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    window: deque[T] = deque(maxlen=size)
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)


def running_counts(records: Iterable[dict[str, str]]) -> Iterator[Counter]:
    counts: Counter = Counter()
    for r in records:
        counts[r["level"]] += 1
        yield counts.copy()


if __name__ == "__main__":
    log = """2024-05-01T10:00 INFO service started
2024-05-01T10:01 WARN disk 80% full
garbage line
2024-05-01T10:02 ERROR db timeout
2024-05-01T10:03 INFO request ok
2024-05-01T10:04 ERROR db timeout
2024-05-01T10:05 INFO request ok""".splitlines()

    problems = only_levels(parse(log), "WARN", "ERROR")
    for batch in chunked(problems, 2):
        print([r["msg"] for r in batch])
    print(list(sliding_window([1, 2, 3, 4, 5], 3)))
    *_, final = running_counts(parse(log))
    print(dict(final))
