"""Memoised computations: edit distance, partitions and Fibonacci."""
from functools import cache, lru_cache


@lru_cache(maxsize=4096)
def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, recursive with memoisation."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(
        edit_distance(a[1:], b),
        edit_distance(a, b[1:]),
        edit_distance(a[1:], b[1:]),
    )


@cache
def partitions(n: int, max_part: int | None = None) -> int:
    """Number of integer partitions of n using parts <= max_part."""
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    return partitions(n - max_part, max_part) + partitions(n, max_part - 1)


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def closest_words(word: str, vocabulary: list[str], limit: int = 3) -> list[tuple[str, int]]:
    scored = sorted((edit_distance(word, v), v) for v in vocabulary)
    return [(v, d) for d, v in scored[:limit]]


if __name__ == "__main__":
    print(edit_distance("kitten", "sitting"))
    print(closest_words("pyton", ["python", "piston", "proton", "java", "pylon"]))
    print(partitions(30), fib(90))
    print(edit_distance.cache_info())
    edit_distance.cache_clear()
