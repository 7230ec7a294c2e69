# ordinary: segmented-friendly sieve of Eratosthenes with bytearray, prime factorisation and twin primes
import math
from itertools import compress, pairwise
from typing import Dict, List


def sieve(limit: int) -> List[int]:
    if limit < 2:
        return []
    flags = bytearray([1]) * (limit + 1)
    flags[0:2] = b"\x00\x00"
    for p in range(2, math.isqrt(limit) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
    return list(compress(range(limit + 1), flags))


def factorize(n: int) -> Dict[int, int]:
    factors: Dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(factors: Dict[int, int]) -> str:
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    return " × ".join(f"{p}{str(e).translate(sup) if e > 1 else ''}" for p, e in sorted(factors.items()))


def twin_primes(limit: int) -> List[tuple[int, int]]:
    return [(a, b) for a, b in pairwise(sieve(limit)) if b - a == 2]


if __name__ == "__main__":
    primes = sieve(100)
    print(len(primes), primes[-5:])
    for n in (360, 97, 1_000_000, 2 ** 10 * 3 ** 4):
        print(f"{n:>9,} = {format_factors(factorize(n))}")
    print(twin_primes(100))
    x = 600851475143
    print(f"{max(factorize(x))=}")
