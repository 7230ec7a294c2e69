# family: ordinary, blind round 59 (LRU cache with hit/miss stats)
from collections import OrderedDict
from typing import Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int = 128):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._data: "OrderedDict[K, V]" = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        if key in self._data:
            self._data.move_to_end(key)
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return default

    def put(self, key: K, value: V) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)
            self.evictions += 1

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        keys = list(self._data)
        return (f"LRUCache(capacity={self.capacity}, keys={keys}, "
                f"hits={self.hits}, misses={self.misses}, evictions={self.evictions})")

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


if __name__ == "__main__":
    cache: LRUCache[str, int] = LRUCache(capacity=3)
    for word in "a b c a d b e a c".split():
        if cache.get(word) is None:
            cache.put(word, ord(word))
    print(cache)
    print(f"hit ratio: {cache.hit_ratio:.2%}, size={len(cache)}, 'a' in cache: {'a' in cache}")
