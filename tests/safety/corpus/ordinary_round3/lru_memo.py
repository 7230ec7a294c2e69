# ordinary: a memoizing decorator with hit/miss statistics and a size bound
import functools
from collections import OrderedDict


def memoize(maxsize=128):
    def decorator(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            cache[key] = result
            if len(cache) > maxsize:
                cache.popitem(last=False)
            return result

        def cache_info():
            return f"{func.__name__}: hits={stats['hits']} misses={stats['misses']} size={len(cache)}/{maxsize}"

        def cache_clear():
            cache.clear()
            stats.update(hits=0, misses=0)

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator


@memoize(maxsize=50)
def fib(n):
    """Naive Fibonacci, made fast by the cache."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize()
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


if __name__ == "__main__":
    print(fib(80), fib.cache_info())
    print(edit_distance("kitten", "sitting"), edit_distance.cache_info())
    fib.cache_clear()
    print(fib.cache_info(), fib.__doc__)
