# ordinary: sparse vector backed by a dict, with indexing, iteration, arithmetic and cosine similarity
from __future__ import annotations

import math
from typing import Dict, Iterable, Iterator, Tuple


class SparseVector:
    __slots__ = ("_data", "_dim")

    def __init__(self, dim: int, entries: Iterable[Tuple[int, float]] = ()) -> None:
        self._dim = dim
        self._data: Dict[int, float] = {}
        for i, v in entries:
            self[i] = v

    @classmethod
    def from_dense(cls, values: list[float]) -> SparseVector:
        return cls(len(values), ((i, v) for i, v in enumerate(values) if v))

    def _check(self, index: int) -> None:
        if not 0 <= index < self._dim:
            raise IndexError(f"index {index} out of range for dimension {self._dim}")

    def __getitem__(self, index: int) -> float:
        self._check(index)
        return self._data.get(index, 0.0)

    def __setitem__(self, index: int, value: float) -> None:
        self._check(index)
        if value:
            self._data[index] = value
        else:
            self._data.pop(index, None)

    def __len__(self) -> int:
        return self._dim

    def __iter__(self) -> Iterator[float]:
        return (self[i] for i in range(self._dim))

    def __contains__(self, index: object) -> bool:
        return index in self._data

    def __add__(self, other: SparseVector) -> SparseVector:
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        result = SparseVector(self._dim, self._data.items())
        for i, v in other._data.items():
            result[i] = result[i] + v
        return result

    def __mul__(self, scalar: float) -> SparseVector:
        return SparseVector(self._dim, ((i, v * scalar) for i, v in self._data.items()))

    def dot(self, other: SparseVector) -> float:
        small, big = sorted((self._data, other._data), key=len)
        return sum(v * big.get(i, 0.0) for i, v in small.items())

    def norm(self) -> float:
        return math.sqrt(sum(v * v for v in self._data.values()))

    def cosine(self, other: SparseVector) -> float:
        denom = self.norm() * other.norm()
        return self.dot(other) / denom if denom else 0.0

    def __repr__(self) -> str:
        return f"SparseVector({self._dim}, {sorted(self._data.items())})"


if __name__ == "__main__":
    a = SparseVector.from_dense([0, 1, 0, 0, 2, 0])
    b = SparseVector(6, [(1, 3.0), (5, 1.0)])
    print(a, b, a + b, b * 0.5, sep="\n")
    print(list(a), 4 in a, a.dot(b), f"{a.cosine(b):.3f}")
