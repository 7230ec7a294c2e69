"""Memoisation decorator with TTL and size bound, keyed on args and sorted kwargs."""
import functools
import time


def memoize(ttl: float = 60.0, maxsize: int = 256, clock=time.monotonic):
    def decorator(fn):
        cache = {}

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            now = clock()
            hit = cache.get(key)
            if hit is not None and now - hit[1] < ttl:
                wrapper.hits += 1
                return hit[0]
            wrapper.misses += 1
            value = fn(*args, **kwargs)
            if len(cache) >= maxsize:
                oldest = min(cache, key=lambda k: cache[k][1])
                del cache[oldest]
            cache[key] = (value, now)
            return value

        def cache_clear():
            cache.clear()
            wrapper.hits = wrapper.misses = 0

        wrapper.hits = wrapper.misses = 0
        wrapper.cache_clear = cache_clear
        wrapper.cache_size = lambda: len(cache)
        return wrapper
    return decorator


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def demo() -> dict:
    clock = Clock()
    calls = []

    @memoize(ttl=10, maxsize=2, clock=clock)
    def price_lookup(sku, currency="USD"):
        calls.append(sku)
        return {"A": 10, "B": 20, "C": 30}[sku] * (0.9 if currency == "EUR" else 1)

    results = [price_lookup("A"), price_lookup("A"), price_lookup("B", currency="EUR")]
    clock.now = 11
    results.append(price_lookup("A"))
    results.append(price_lookup("C"))
    return {"results": results, "calls": calls, "hits": price_lookup.hits, "misses": price_lookup.misses,
            "size": price_lookup.cache_size(), "name": price_lookup.__name__}


if __name__ == "__main__":
    print(demo())
