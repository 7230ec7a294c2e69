# family: ordinary, blind round 63 (fixed-size ring buffer for rolling metrics)
import statistics
from collections import deque
from collections.abc import Sequence


class RingBuffer(Sequence):
    def __init__(self, capacity, items=()):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self._buf = deque(items, maxlen=capacity)

    @property
    def capacity(self):
        return self._buf.maxlen

    def push(self, value):
        evicted = self._buf[0] if self.full else None
        self._buf.append(value)
        return evicted

    @property
    def full(self):
        return len(self._buf) == self.capacity

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self._buf)[index]
        return self._buf[index]

    def __len__(self):
        return len(self._buf)

    def __iter__(self):
        return iter(self._buf)

    def __bool__(self):
        return bool(self._buf)

    def mean(self):
        return statistics.fmean(self._buf) if self._buf else float("nan")

    def __repr__(self):
        return f"RingBuffer({list(self._buf)!r}, capacity={self.capacity})"


class MovingAverage:
    def __init__(self, window):
        self.buffer = RingBuffer(window)

    def __call__(self, value):
        self.buffer.push(value)
        return self.buffer.mean()


if __name__ == "__main__":
    rb = RingBuffer(3)
    for v in [10, 20, 30, 40]:
        print("push", v, "evicted", rb.push(v))
    print(rb, rb[0], rb[-1], rb[1:], 30 in rb, rb.index(40))
    ma = MovingAverage(window=4)
    prices = [100, 102, 101, 105, 110, 108]
    print([round(ma(p), 2) for p in prices])
    print(bool(RingBuffer(2)), list(reversed(rb)))
