# family: ordinary, blind round 61 (LRU cache hit-rate simulator)
from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, Hashable, TypeVar

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
        return round(self.hits / total, 4) if total else 0.0


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: "OrderedDict[K, V]" = OrderedDict()
        self.stats = CacheStats()

    def get(self, key: K) -> V | None:
        if key in self._data:
            self._data.move_to_end(key)
            self.stats.hits += 1
            return self._data[key]
        self.stats.misses += 1
        return None

    def put(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)
            self.stats.evictions += 1

    def keys(self) -> list[K]:
        return list(self._data)


def simulate_lru(requests: list[str], capacity: int) -> dict:
    """Replay a sequence of key requests through an LRU cache and report hit statistics."""
    cache: LRUCache[str, str] = LRUCache(capacity)
    for key in requests:
        if cache.get(key) is None:
            cache.put(key, f"value:{key}")
    s = cache.stats
    return {"capacity": capacity, "requests": len(requests), "hits": s.hits, "misses": s.misses,
            "evictions": s.evictions, "hit_rate": s.hit_rate, "final_contents_lru_first": cache.keys()}


if __name__ == "__main__":
    trace = list("ABCABDAEABCFAB")
    for cap in (2, 3, 4):
        print(simulate_lru(trace, cap))
