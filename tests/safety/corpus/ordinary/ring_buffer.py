from typing import Generic, Iterator, TypeVar

T = TypeVar("T")


class RingBuffer(Generic[T]):
    """A fixed-size buffer that overwrites its oldest entries."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self._data: list[T | None] = [None] * size
        self._start = 0
        self._count = 0

    def append(self, item: T) -> None:
        end = (self._start + self._count) % len(self._data)
        self._data[end] = item
        if self._count == len(self._data):
            self._start = (self._start + 1) % len(self._data)
        else:
            self._count += 1

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> T:
        if not -self._count <= index < self._count:
            raise IndexError("ring buffer index out of range")
        value = self._data[(self._start + index % self._count) % len(self._data)]
        assert value is not None
        return value

    def __iter__(self) -> Iterator[T]:
        for i in range(self._count):
            yield self[i]

    def __repr__(self) -> str:
        return f"RingBuffer({list(self)!r})"


def last_values(values: list[int], size: int) -> list[int]:
    buffer: RingBuffer[int] = RingBuffer(size)
    for v in values:
        buffer.append(v)
    return list(buffer)
