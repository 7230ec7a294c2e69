# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""A typed generic LRU cache plus a memoized helper."""
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


@dataclass
class LRUCache(Generic[K, V]):
    capacity: int
    _data: "OrderedDict[K, V]" = field(default_factory=OrderedDict, repr=False)
    stats: CacheStats = field(default_factory=CacheStats)

    def __post_init__(self) -> None:
        if self.capacity < 1:
            raise ValueError("capacity must be >= 1")

    def get(self, key: K) -> Optional[V]:
        if key in self._data:
            self._data.move_to_end(key)
            self.stats.hits += 1
            return self._data[key]
        self.stats.misses += 1
        return None

    def put(self, key: K, value: V) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)
            self.stats.evictions += 1

    def keys(self) -> list[K]:
        return list(self._data)


@lru_cache(maxsize=256)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    cache: LRUCache[str, int] = LRUCache(capacity=2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    print(cache.keys(), cache.get("b"), cache.stats, f"{cache.stats.hit_rate:.2f}")
    print(fib(80), fib.cache_info())
