"""A bounded LRU key-value store with hit statistics."""
from collections import OrderedDict
from typing import Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUStore(Generic[K, V]):
    def __init__(self, capacity: int = 128):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key: K, default: V | None = None) -> V | None:
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

    def __contains__(self, key) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self):
        return reversed(self._data)  # most recent first

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self) -> str:
        return (f"LRUStore(size={len(self)}/{self.capacity}, hit_rate={self.hit_rate:.0%}, "
                f"evictions={self.evictions})")


if __name__ == "__main__":
    store: LRUStore[str, int] = LRUStore(3)
    for k, v in [("a", 1), ("b", 2), ("c", 3)]:
        store.put(k, v)
    store.get("a")
    store.put("d", 4)
    print(list(store), store.get("b"), store.get("a"), store)
