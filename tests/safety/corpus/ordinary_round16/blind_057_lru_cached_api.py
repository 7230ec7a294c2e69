"""Expensive pure computations memoised with functools caches."""
from functools import lru_cache, cache, cached_property
import math


@lru_cache(maxsize=1024)
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@cache
def partitions(n: int, k: int | None = None) -> int:
    """Number of integer partitions of n with parts <= k."""
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


class PrimeTable:
    def __init__(self, limit: int):
        self.limit = limit

    @cached_property
    def primes(self) -> list[int]:
        sieve = bytearray([1]) * (self.limit + 1)
        sieve[0:2] = b"\x00\x00"
        for i in range(2, math.isqrt(self.limit) + 1):
            if sieve[i]:
                sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
        return [i for i, flag in enumerate(sieve) if flag]

    def factorize(self, n: int) -> list[int]:
        out = []
        for p in self.primes:
            if p * p > n:
                break
            while n % p == 0:
                out.append(p)
                n //= p
        return out + ([n] if n > 1 else [])


if __name__ == "__main__":
    print(edit_distance("kitten", "sitting"), edit_distance.cache_info().hits > 0)
    print(partitions(50), partitions.cache_info().currsize)
    t = PrimeTable(10_000)
    print(len(t.primes), t.factorize(9_999_991 * 2), t.factorize(360))
    edit_distance.cache_clear()
