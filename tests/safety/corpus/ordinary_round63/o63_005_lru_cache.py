# family: ordinary, blind round 63 (LRU cache using OrderedDict)
from collections import OrderedDict


class LRUCache(OrderedDict):
    """Mapping that evicts the least recently used entry when full."""

    def __init__(self, capacity=128, *args, **kwargs):
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        super().__init__(*args, **kwargs)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        while len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]

    def lookup(self, key, loader):
        try:
            value = self[key]
            self.hits += 1
        except KeyError:
            self.misses += 1
            value = loader(key)
            self[key] = value
        return value

    @property
    def hit_ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self):
        return f"LRUCache(capacity={self.capacity}, keys={list(self.keys())})"


if __name__ == "__main__":
    cache = LRUCache(capacity=3)
    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        cache.lookup(n, lambda k: k * k)
    print(cache)
    print(f"hits={cache.hits} misses={cache.misses} ratio={cache.hit_ratio:.2f}")
    cache["x"] = 99
    print(list(cache.items()))
