"""A small time-to-live cache for memoising expensive lookups."""
from __future__ import annotations

import time
from collections import OrderedDict
from typing import Callable, Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TTLCache(Generic[K, V]):
    def __init__(self, ttl_seconds: float = 60.0, max_size: int = 128,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl_seconds
        self.max_size = max_size
        self._clock = clock
        self._data: "OrderedDict[K, tuple[float, V]]" = OrderedDict()
        self.hits = 0
        self.misses = 0

    def _expired(self, stamp: float) -> bool:
        return self._clock() - stamp > self.ttl

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        entry = self._data.get(key)
        if entry is None or self._expired(entry[0]):
            self._data.pop(key, None)
            self.misses += 1
            return default
        self._data.move_to_end(key)
        self.hits += 1
        return entry[1]

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = (self._clock(), value)
        self._data.move_to_end(key)
        while len(self._data) > self.max_size:
            self._data.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        entry = self._data.get(key)  # type: ignore[arg-type]
        return entry is not None and not self._expired(entry[0])

    def __len__(self) -> int:
        return sum(1 for stamp, _ in self._data.values() if not self._expired(stamp))

    def get_or_compute(self, key: K, factory: Callable[[K], V]) -> V:
        if key in self:
            return self.get(key)  # type: ignore[return-value]
        value = factory(key)
        self[key] = value
        return value

    def __repr__(self) -> str:
        return f"TTLCache(size={len(self)}, hits={self.hits}, misses={self.misses})"


if __name__ == "__main__":
    fake_now = [0.0]
    cache: TTLCache[str, int] = TTLCache(ttl_seconds=10, max_size=2, clock=lambda: fake_now[0])
    print(cache.get_or_compute("abc", len), cache.get_or_compute("abc", len))
    fake_now[0] = 11
    print("abc" in cache, cache)
    cache["x"], cache["y"], cache["z"] = 1, 2, 3
    print(len(cache), "x" in cache)
