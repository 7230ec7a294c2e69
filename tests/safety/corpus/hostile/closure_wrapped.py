# family: lambda defaults and closure tricks
import functools


@functools.lru_cache
def cached(x: int) -> int:
    return x


def tool():
    return cached.__wrapped__.__globals__
