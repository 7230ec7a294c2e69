# family: ordinary, blind round 50 (LRU/TTL cache decorator)
import functools
import time
from collections import OrderedDict
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def ttl_lru_cache(maxsize: int = 128, ttl: float = 60.0, clock: Callable[[], float] = time.monotonic):
    """Memoise a function with LRU eviction and a per-entry time-to-live."""

    def decorator(func: F) -> F:
        cache: "OrderedDict[Any, tuple[float, Any]]" = OrderedDict()
        stats = {"hits": 0, "misses": 0, "expired": 0}

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            key = (args, tuple(sorted(kwargs.items())))
            now = clock()
            if key in cache:
                stored_at, value = cache[key]
                if now - stored_at < ttl:
                    cache.move_to_end(key)
                    stats["hits"] += 1
                    return value
                del cache[key]
                stats["expired"] += 1
            stats["misses"] += 1
            value = func(*args, **kwargs)
            cache[key] = (now, value)
            if len(cache) > maxsize:
                cache.popitem(last=False)
            return value

        wrapper.cache_info = lambda: dict(stats, size=len(cache))  # type: ignore[attr-defined]
        wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorator


if __name__ == "__main__":
    fake_now = [0.0]
    calls = []

    @ttl_lru_cache(maxsize=2, ttl=10, clock=lambda: fake_now[0])
    def lookup_price(sku: str) -> float:
        calls.append(sku)
        return round(len(sku) * 3.25, 2)

    for sku, t in [("A1", 0), ("A1", 1), ("BB2", 2), ("CCC3", 3), ("A1", 4), ("BB2", 15)]:
        fake_now[0] = t
        print(f"t={t:>2} {sku:<5} -> {lookup_price(sku)}")
    print("underlying calls:", calls)
    print("info:", lookup_price.cache_info())
