# ordinary: small TTL + max-size cache with OrderedDict and an injectable clock, plus a memoize decorator
import time
from collections import OrderedDict
from functools import wraps
from typing import Any, Callable, Hashable, Optional


class TTLCache:
    def __init__(self, maxsize: int = 128, ttl: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._data: "OrderedDict[Hashable, tuple[float, Any]]" = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: Hashable, default: Any = None) -> Any:
        entry = self._data.get(key)
        if entry is None or entry[0] < self._clock():
            if entry is not None:
                del self._data[key]
            self.misses += 1
            return default
        self._data.move_to_end(key)
        self.hits += 1
        return entry[1]

    def set(self, key: Hashable, value: Any, ttl: Optional[float] = None) -> None:
        self._data[key] = (self._clock() + (self.ttl if ttl is None else ttl), value)
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: Hashable) -> bool:
        return self.get(key, _SENTINEL) is not _SENTINEL

    def __repr__(self) -> str:
        return f"TTLCache(size={len(self)}, hits={self.hits}, misses={self.misses})"


_SENTINEL = object()


def ttl_memoize(ttl: float = 30.0, maxsize: int = 256):
    def decorator(func):
        cache = TTLCache(maxsize, ttl)

        @wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            value = cache.get(key, _SENTINEL)
            if value is _SENTINEL:
                value = func(*args, **kwargs)
                cache.set(key, value)
            return value

        wrapper.cache = cache
        return wrapper
    return decorator


@ttl_memoize(ttl=5)
def slow_square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    fake_now = [0.0]
    c = TTLCache(maxsize=2, ttl=10, clock=lambda: fake_now[0])
    c.set("a", 1); c.set("b", 2); c.set("c", 3)
    print("a" in c, c.get("b"), c)
    fake_now[0] = 11
    print(c.get("c", "expired"), c)
    print([slow_square(i % 3) for i in range(6)], slow_square.cache)
