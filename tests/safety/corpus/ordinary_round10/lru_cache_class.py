"""A small LRU cache with dict-like access and hit statistics."""

from collections import OrderedDict
from collections.abc import Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int = 128) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __getitem__(self, key: K) -> V:
        if key not in self._data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._data.move_to_end(key)
        return self._data[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __repr__(self) -> str:
        return f"LRUCache(capacity={self.capacity}, size={len(self)}, hits={self.hits}, misses={self.misses})"


def run_cache_trace(operations: list[tuple[str, str, int]], capacity: int = 2) -> dict[str, object]:
    """Replay ('get'|'put', key, value) operations; return final keys and stats."""
    cache: LRUCache[str, int] = LRUCache(capacity)
    results: list[int | None] = []
    for op, key, value in operations:
        if op == "put":
            cache[key] = value
        else:
            try:
                results.append(cache[key])
            except KeyError:
                results.append(None)
    return {"keys": list(cache), "gets": results, "hits": cache.hits, "misses": cache.misses}


if __name__ == "__main__":
    ops = [("put", "a", 1), ("put", "b", 2), ("get", "a", 0), ("put", "c", 3), ("get", "b", 0)]
    print(run_cache_trace(ops))
