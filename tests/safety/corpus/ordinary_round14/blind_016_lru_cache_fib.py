"""Combinatorics helpers using functools caching."""
from functools import lru_cache, cache, reduce
import math
import operator


@cache
def fib(n: int) -> int:
    if n < 0:
        raise ValueError("n must be non-negative")
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=1024)
def partitions(n: int, max_part: int | None = None) -> int:
    """Number of integer partitions of n with parts <= max_part."""
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    return partitions(n - max_part, max_part) + partitions(n, max_part - 1)


@lru_cache(maxsize=None)
def catalan(n: int) -> int:
    if n <= 1:
        return 1
    return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


def product(values) -> int:
    return reduce(operator.mul, values, 1)


def multinomial(*counts: int) -> int:
    return math.factorial(sum(counts)) // product(math.factorial(c) for c in counts)


def sequence_report(n: int) -> dict:
    fib.cache_clear()
    report = {
        "fib": [fib(i) for i in range(n)],
        "partitions": [partitions(i) for i in range(n)],
        "catalan": [catalan(i) for i in range(n)],
        "multinomial_example": multinomial(2, 3, 4),
    }
    report["cache"] = partitions.cache_info()._asdict()
    return report


if __name__ == "__main__":
    print(sequence_report(12))
    print(fib(200))
