# family: ordinary, blind round 50 (sparse vector class)
import math
from collections.abc import Iterator


class SparseVector:
    """Fixed-length vector that stores only non-zero entries."""

    __slots__ = ("_size", "_data")

    def __init__(self, size: int, entries: dict[int, float] | None = None) -> None:
        self._size = size
        self._data: dict[int, float] = {}
        for i, v in (entries or {}).items():
            self[i] = v

    def _check(self, i: int) -> int:
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError(f"index {i} out of range for size {self._size}")
        return i

    def __getitem__(self, i: int) -> float:
        return self._data.get(self._check(i), 0.0)

    def __setitem__(self, i: int, value: float) -> None:
        i = self._check(i)
        if value:
            self._data[i] = value
        else:
            self._data.pop(i, None)

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[float]:
        return (self._data.get(i, 0.0) for i in range(self._size))

    def __contains__(self, value: object) -> bool:
        if value == 0:
            return len(self._data) < self._size
        return value in self._data.values()

    def __add__(self, other: 'SparseVector') -> 'SparseVector':
        if len(other) != len(self):
            raise ValueError("size mismatch")
        out = SparseVector(self._size, self._data)
        for i, v in other._data.items():
            out[i] = out[i] + v
        return out

    def dot(self, other: 'SparseVector') -> float:
        small, big = sorted((self._data, other._data), key=len)
        return sum(v * big.get(i, 0.0) for i, v in small.items())

    def norm(self) -> float:
        return math.sqrt(sum(v * v for v in self._data.values()))

    @property
    def nnz(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"SparseVector({self._size}, {self._data})"


if __name__ == "__main__":
    a = SparseVector(1_000_000, {3: 1.5, 999_999: -2.0, 42: 4.0})
    b = SparseVector(1_000_000, {42: 0.5, 7: 3.0})
    a[3] = 0
    print(a, "| nnz:", a.nnz, "| len:", len(a))
    print("a[-1] =", a[-1], "| 4.0 in a:", 4.0 in a, "| 0 in a:", 0 in a)
    print("a + b:", a + b)
    print("a . b =", a.dot(b), "| |b| =", round(b.norm(), 4))
    print("first 8 of b:", list(b)[:8])
