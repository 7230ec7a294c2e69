"""Iterator utilities: batching, sliding windows, peeking and chunked readers."""
from collections import deque
from itertools import islice


def batched(iterable, size: int):
    """Yield lists of up to *size* items."""
    if size < 1:
        raise ValueError("size must be >= 1")
    it = iter(iterable)
    while batch := list(islice(it, size)):
        yield batch


def sliding_window(iterable, n: int):
    it = iter(iterable)
    window = deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for item in it:
        window.append(item)
        yield tuple(window)


class Peekable:
    """Iterator wrapper that can look at the next item without consuming it."""
    _SENTINEL = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._cache = deque()

    def __iter__(self):
        return self

    def __next__(self):
        if self._cache:
            return self._cache.popleft()
        return next(self._it)

    def peek(self, default=_SENTINEL):
        if not self._cache:
            try:
                self._cache.append(next(self._it))
            except StopIteration:
                if default is self._SENTINEL:
                    raise
                return default
        return self._cache[0]


def group_runs(values):
    """Collapse consecutive equal values into (value, count) pairs."""
    p = Peekable(values)
    for v in p:
        count = 1
        while p.peek(None) == v:
            next(p)
            count += 1
        yield v, count


if __name__ == "__main__":
    print(list(batched(range(10), 4)))
    print([sum(w) / 3 for w in sliding_window([3, 5, 7, 9, 11], 3)])
    print(list(group_runs("aaabccdddd")))
    p = Peekable([1, 2])
    print(p.peek(), next(p), next(p), p.peek("end"))
