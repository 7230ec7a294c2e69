"""Dict-backed LRU cache with hit statistics, plus memoised edit distance."""
from collections import OrderedDict
from functools import lru_cache


class LRUCache:
    def __init__(self, capacity=128):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self._data:
            self._data.move_to_end(key)
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def stats(self):
        total = self.hits + self.misses
        return {"size": len(self), "hits": self.hits, "misses": self.misses,
                "hit_rate": round(self.hits / total, 3) if total else 0.0}


@lru_cache(maxsize=4096)
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def closest_words(words: list, queries: list, capacity: int = 8) -> dict:
    cache = LRUCache(capacity)
    out = {}
    for q in queries:
        best = cache.get(q)
        if best is None:
            best = min(words, key=lambda w: (edit_distance(q, w), w))
            cache.put(q, best)
        out[q] = best
    return {"matches": out, "cache": cache.stats(), "memo": edit_distance.cache_info()._asdict()}


if __name__ == "__main__":
    print(closest_words(["apple", "banana", "cherry", "grape"], ["aple", "banan", "aple", "grap", "chery"]))
