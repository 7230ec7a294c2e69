"""Lazy text-processing pipeline built from generators."""

import itertools
import re
from typing import Iterable, Iterator


def read_lines(text: str) -> Iterator[str]:
    yield from text.splitlines()


def strip_comments(lines: Iterable[str], marker: str = "#") -> Iterator[str]:
    for line in lines:
        code = line.split(marker, 1)[0].rstrip()
        if code:
            yield code


def tokens(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        yield from re.findall(r"[A-Za-z_]\w*|\d+|\S", line)


def windows(items: Iterable[str], size: int) -> Iterator[tuple[str, ...]]:
    iterators = itertools.tee(items, size)
    for offset, it in enumerate(iterators):
        for _ in range(offset):
            next(it, None)
    return zip(*iterators)


def pipeline(text: str, limit: int = 20) -> dict:
    """Tokenise source-like text, skipping comments; return the first tokens and common bigrams."""
    first, second = itertools.tee(tokens(strip_comments(read_lines(text))))
    head = list(itertools.islice(first, limit))
    bigrams: dict[str, int] = {}
    for pair in windows(second, 2):
        key = " ".join(pair)
        bigrams[key] = bigrams.get(key, 0) + 1
    top = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return {"tokens": head, "bigrams": top}
