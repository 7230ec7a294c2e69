from collections import OrderedDict
from typing import Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    """A least-recently-used cache with hit/miss statistics."""

    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: "OrderedDict[K, V]" = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> Optional[V]:
        if key not in self._data:
            self.misses += 1
            return None
        self.hits += 1
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key: K, value: V) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __repr__(self) -> str:
        keys = ", ".join(map(repr, self._data))
        return f"{type(self).__name__}(capacity={self.capacity}, keys=[{keys}])"


def simulate(capacity: int, requests: list[str]) -> dict:
    cache: LRUCache[str, int] = LRUCache(capacity)
    for key in requests:
        if cache.get(key) is None:
            cache.put(key, len(key))
    return {"hits": cache.hits, "misses": cache.misses, "size": len(cache)}
