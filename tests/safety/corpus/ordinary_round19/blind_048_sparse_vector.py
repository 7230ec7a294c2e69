"""Dict-backed sparse vector supporting arithmetic and cosine similarity."""
from __future__ import annotations

import math
from collections.abc import MutableMapping
from typing import Iterator, Mapping


class SparseVector(MutableMapping):
    """Mapping from feature name to weight; zero entries are not stored."""

    def __init__(self, data: Mapping[str, float] | None = None) -> None:
        self._data: dict[str, float] = {}
        for key, value in (data or {}).items():
            self[key] = value

    def __getitem__(self, key: str) -> float:
        return self._data.get(key, 0.0)

    def __setitem__(self, key: str, value: float) -> None:
        if value:
            self._data[key] = float(value)
        else:
            self._data.pop(key, None)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __add__(self, other: object) -> "SparseVector":
        if not isinstance(other, SparseVector):
            return NotImplemented
        result = type(self)(self._data)
        for k, v in other.items():
            result[k] = result[k] + v
        return result

    def __mul__(self, scalar: object) -> "SparseVector":
        if not isinstance(scalar, (int, float)):
            return NotImplemented
        return type(self)({k: v * scalar for k, v in self._data.items()})

    __rmul__ = __mul__

    def dot(self, other: "SparseVector") -> float:
        small, large = sorted((self, other), key=len)
        return sum(v * large[k] for k, v in small.items())

    def norm(self) -> float:
        return math.sqrt(sum(v * v for v in self._data.values()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data})"


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    va, vb = SparseVector(a), SparseVector(b)
    denom = va.norm() * vb.norm()
    return round(va.dot(vb) / denom, 4) if denom else 0.0


if __name__ == "__main__":
    v = SparseVector({"apple": 2, "pear": 0, "fig": 1})
    print(v, len(v), "pear" in v, v["kiwi"], 0.5 * v + SparseVector({"fig": -0.5}))
    print(cosine({"a": 1, "b": 2}, {"b": 2, "c": 1}))
