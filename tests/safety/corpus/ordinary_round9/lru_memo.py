"""Callable memoizing wrapper class plus an LRU cache demo."""
from __future__ import annotations

import functools
from collections import OrderedDict
from typing import Callable, Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    def __init__(self, fn: Callable[[K], V], maxsize: int = 4) -> None:
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.maxsize = maxsize
        self.data: OrderedDict[K, V] = OrderedDict()
        self.hits = self.misses = 0

    def __call__(self, key: K) -> V:
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.fn(key)
        self.data[key] = value
        if len(self.data) > self.maxsize:
            self.data.popitem(last=False)
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(hits={self.hits}, misses={self.misses}, size={len(self.data)})"


def lru(maxsize: int) -> Callable[[Callable[[K], V]], LRU[K, V]]:
    def wrap(fn: Callable[[K], V]) -> LRU[K, V]:
        return LRU(fn, maxsize)
    return wrap


def collatz_lengths(starts: list[int], cache_size: int = 3) -> dict[str, object]:
    """Entry point: collatz chain lengths, memoized with a tiny LRU."""
    @lru(cache_size)
    def length(n: int) -> int:
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        return steps

    results = {n: length(n) for n in starts}
    return {"lengths": results, "cache": repr(length), "name": length.__name__}
