"""Iterator helpers: chunking, sliding windows, peekable iterator, run-length grouping."""
from collections import deque
from itertools import islice, groupby


def chunks(iterable, size):
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def windows(iterable, size):
    it = iter(iterable)
    win = deque(islice(it, size), maxlen=size)
    if len(win) == size:
        yield tuple(win)
    for x in it:
        win.append(x)
        yield tuple(win)


class Peekable:
    _sentinel = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = deque()

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf:
            return self._buf.popleft()
        return next(self._it)

    def peek(self, default=_sentinel):
        if not self._buf:
            try:
                self._buf.append(next(self._it))
            except StopIteration:
                if default is self._sentinel:
                    raise
                return default
        return self._buf[0]


def run_lengths(seq) -> list:
    return [(k, sum(1 for _ in g)) for k, g in groupby(seq)]


def demo(values: list, size: int = 3) -> dict:
    p = Peekable(values)
    increasing = []
    for v in p:
        nxt = p.peek(None)
        increasing.append(nxt is not None and nxt > v)
    return {"chunks": list(chunks(values, size)), "windows": list(windows(values, size)),
            "next_is_bigger": increasing, "runs": run_lengths(values)}


if __name__ == "__main__":
    print(demo([1, 1, 2, 5, 5, 5, 3, 4]))
