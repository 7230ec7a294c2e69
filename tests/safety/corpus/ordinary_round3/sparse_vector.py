# ordinary: sparse vector stored as a dict of non-zero entries
import math


class SparseVector:
    def __init__(self, entries=None, size=None):
        self._data = {i: v for i, v in (entries or {}).items() if v != 0}
        self.size = size if size is not None else (max(self._data) + 1 if self._data else 0)

    @classmethod
    def from_dense(cls, values):
        return cls(dict(enumerate(values)), len(values))

    def __getitem__(self, index):
        if not 0 <= index < self.size:
            raise IndexError(index)
        return self._data.get(index, 0)

    def __len__(self):
        return self.size

    def _check(self, other):
        if not isinstance(other, SparseVector):
            raise TypeError(f"expected SparseVector, got {type(other).__name__}")
        if other.size != self.size:
            raise ValueError(f"size mismatch: {self.size} != {other.size}")

    def __add__(self, other):
        self._check(other)
        result = dict(self._data)
        for i, v in other._data.items():
            result[i] = result.get(i, 0) + v
        return self.__class__(result, self.size)

    def __mul__(self, scalar):
        return self.__class__({i: v * scalar for i, v in self._data.items()}, self.size)

    __rmul__ = __mul__

    def dot(self, other):
        self._check(other)
        small, large = sorted((self._data, other._data), key=len)
        return sum(v * large.get(i, 0) for i, v in small.items())

    def norm(self):
        return math.sqrt(sum(v * v for v in self._data.values()))

    def cosine(self, other):
        denom = self.norm() * other.norm()
        return self.dot(other) / denom if denom else 0.0

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.size == other.size and self._data == other._data

    def __repr__(self):
        return f"{self.__class__.__name__}({self._data}, size={self.size})"


if __name__ == "__main__":
    a = SparseVector.from_dense([0, 3, 0, 0, 4, 0])
    b = SparseVector({1: 1, 5: 2}, 6)
    print(a, a + b, 2 * b, a.dot(b), a.norm(), round(a.cosine(b), 4))
    print(a[4], len(a), a + b == SparseVector({1: 4, 4: 4, 5: 2}, 6))
