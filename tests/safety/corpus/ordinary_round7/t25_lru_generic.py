# ordinary: simulate an LRU cache over a sequence of key accesses
from collections import OrderedDict
from typing import Generic, Hashable, Iterator, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: "OrderedDict[K, V]" = OrderedDict()
        self.hits = self.misses = 0
        self.evicted: list[K] = []

    def get(self, key: K) -> Optional[V]:
        if key in self._data:
            self._data.move_to_end(key)
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return None

    def put(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            self.evicted.append(old)

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(capacity={self.capacity}, keys={list(self)})"


def simulate_lru(accesses: list[str], capacity: int = 3) -> dict:
    """Replay key accesses against an LRU cache and report hit rate and evictions."""
    cache: LRUCache[str, int] = LRUCache(capacity)
    for i, key in enumerate(accesses):
        if cache.get(key) is None:
            cache.put(key, i)
    total = cache.hits + cache.misses
    return {"hit_rate": f"{cache.hits / total:.0%}" if total else "n/a", "evicted": cache.evicted,
            "final": list(cache), "repr": repr(cache)}


if __name__ == "__main__":
    print(simulate_lru(list("abcabdeab")))
