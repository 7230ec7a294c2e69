# family: ordinary, blind round 62 (recursion with memo dicts: fib, grid paths, partitions)
from functools import lru_cache

_fib_memo = {0: 0, 1: 1}
_paths_memo = {}


def fib(n):
    if n not in _fib_memo:
        _fib_memo[n] = fib(n - 1) + fib(n - 2)
    return _fib_memo[n]


def grid_paths(r, c, blocked=frozenset()):
    key = (r, c, blocked)
    if key in _paths_memo:
        return _paths_memo[key]
    if (r, c) in blocked or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    res = grid_paths(r - 1, c, blocked) + grid_paths(r, c - 1, blocked)
    _paths_memo[key] = res
    return res


@lru_cache(maxsize=None)
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, max_part) + 1))


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


if __name__ == "__main__":
    print("fib:", [fib(i) for i in range(15)], fib(90))
    print("paths 5x5:", grid_paths(4, 4), "blocked:", grid_paths(4, 4, frozenset({(2, 2), (1, 3)})))
    print("partitions:", {n: partitions(n) for n in (5, 10, 20)})
    print("flatten:", list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))
    print("memo sizes:", len(_fib_memo), len(_paths_memo), partitions.cache_info().hits)
