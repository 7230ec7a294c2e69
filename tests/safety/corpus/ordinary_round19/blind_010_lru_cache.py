"""A bounded least-recently-used mapping built on OrderedDict."""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(OrderedDict, Generic[K, V]):
    def __init__(self, maxsize: int = 128) -> None:
        super().__init__()
        if maxsize <= 0:
            raise ValueError("maxsize must be positive")
        self.maxsize = maxsize
        self.hits = 0
        self.misses = 0

    def __getitem__(self, key: K) -> V:
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key: K, value: V) -> None:
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        while len(self) > self.maxsize:
            self.popitem(last=False)

    def get_or_compute(self, key: K, compute: Callable[[K], V]) -> V:
        if key in self:
            self.hits += 1
            return self[key]
        self.misses += 1
        value = compute(key)
        self[key] = value
        return value

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


def cached_squares(keys: list[int], maxsize: int = 3) -> tuple[list[int], float]:
    cache: LRUCache[int, int] = LRUCache(maxsize)
    values = [cache.get_or_compute(k, lambda x: x * x) for k in keys]
    return values, round(cache.hit_ratio, 3)


if __name__ == "__main__":
    c: LRUCache[str, int] = LRUCache(2)
    c["a"], c["b"] = 1, 2
    _ = c["a"]
    c["c"] = 3
    print(list(c.keys()))
    print(cached_squares([1, 2, 1, 3, 4, 1, 2]))
