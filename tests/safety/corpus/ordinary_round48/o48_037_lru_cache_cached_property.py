# family: ordinary, blind round 48 (lru_cache and cached_property)
from functools import lru_cache, cached_property
import math
import statistics


@lru_cache(maxsize=None)
def ways_to_climb(n: int, max_step: int = 3) -> int:
    """Number of ways to climb n stairs taking 1..max_step at a time."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return sum(ways_to_climb(n - k, max_step) for k in range(1, max_step + 1))


@lru_cache(maxsize=256)
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


class Dataset:
    def __init__(self, name, values):
        self.name = name
        self.values = tuple(values)
        self.computations = 0

    @cached_property
    def mean(self):
        self.computations += 1
        return statistics.fmean(self.values)

    @cached_property
    def stdev(self):
        self.computations += 1
        m = self.mean
        return math.sqrt(sum((v - m) ** 2 for v in self.values) / (len(self.values) - 1))

    def zscores(self):
        return [round((v - self.mean) / self.stdev, 2) for v in self.values]


if __name__ == "__main__":
    print("ways(30) =", ways_to_climb(30))
    print(ways_to_climb.cache_info())
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution")]:
        print(f"edit({a}, {b}) = {edit_distance(a, b)}")
    print("edit cache:", edit_distance.cache_info().currsize, "entries")
    edit_distance.cache_clear()

    ds = Dataset("latency", [12, 15, 11, 19, 14, 13, 30])
    print("z:", ds.zscores())
    print("z again:", ds.zscores()[:3], "computations:", ds.computations)
    del ds.mean  # invalidate
    _ = ds.mean
    print("after invalidation:", ds.computations)
