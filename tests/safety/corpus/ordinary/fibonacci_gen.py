from functools import lru_cache
from itertools import islice, takewhile
from typing import Iterator


def fibonacci() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def first_n(n: int) -> list[int]:
    if n < 0:
        raise ValueError("n must be non-negative")
    return list(islice(fibonacci(), n))


def below(limit: int) -> list[int]:
    return list(takewhile(lambda x: x < limit, fibonacci()))


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def even_sum(limit: int) -> int:
    return sum(x for x in below(limit) if x % 2 == 0)


def is_fibonacci(number: int) -> bool:
    def is_square(k: int) -> bool:
        root = int(k ** 0.5)
        return root * root == k

    return number >= 0 and (is_square(5 * number * number + 4) or is_square(5 * number * number - 4))
