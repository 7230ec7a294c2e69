# family: ordinary, blind round 60 (generic LRU cache built on OrderedDict)
from collections import OrderedDict
from typing import Generic, TypeVar, Optional, Iterator

K = TypeVar("K")
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int = 128):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._data: "OrderedDict[K, V]" = OrderedDict()
        self.hits = 0
        self.misses = 0

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
            evicted, _ = self._data.popitem(last=False)
            print(f"  evicted {evicted!r}")

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


if __name__ == "__main__":
    cache: LRUCache[str, int] = LRUCache(capacity=3)
    for word in "alpha beta gamma".split():
        cache.put(word, len(word))
    cache.get("alpha")
    cache.put("delta", 5)
    print("keys:", list(cache))
    print("beta cached?", "beta" in cache)
    print("get missing:", cache.get("zeta", -1))
    print(f"hit ratio: {cache.hit_ratio:.2f}")
