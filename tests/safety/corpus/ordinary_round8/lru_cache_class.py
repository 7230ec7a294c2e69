"""A size-bounded LRU mapping with hit/miss statistics."""
from collections import OrderedDict
from typing import Generic, Hashable, Iterator, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = self.misses = self.evictions = 0

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
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)
            self.evictions += 1

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def get(self, key: K, default: V | None = None) -> V | None:
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self) -> str:
        return f"LRUCache(capacity={self.capacity}, keys={list(self._data)})"


def simulate_cache(requests: list[str], capacity: int = 3) -> dict:
    cache: LRUCache[str, str] = LRUCache(capacity)
    trace = []
    for key in requests:
        if cache.get(key) is None:
            cache[key] = key.upper()
            trace.append(f"miss {key}")
        else:
            trace.append(f"hit  {key}")
    total = cache.hits + cache.misses
    return {"final": repr(cache), "hits": cache.hits, "misses": cache.misses, "evictions": cache.evictions,
            "hit_rate": f"{cache.hits / total:.0%}" if total else "n/a", "trace": trace}


if __name__ == "__main__":
    print(simulate_cache(list("ABCABDAEBA"), capacity=3))
