"""A tiny vector class that customises copying and equality."""
from __future__ import annotations

import copy
import math
from typing import Iterable


class Vector:
    __match_args__ = ("components",)

    def __init__(self, components: Iterable[float]) -> None:
        self.components = list(components)
        self._norm_cache: float | None = None

    def __copy__(self) -> Vector:
        clone = type(self).__new__(type(self))
        clone.components = self.components
        clone._norm_cache = None
        return clone

    def __deepcopy__(self, memo: dict) -> Vector:
        return type(self)(copy.deepcopy(self.components, memo))

    @property
    def norm(self) -> float:
        if self._norm_cache is None:
            self._norm_cache = math.sqrt(sum(c * c for c in self.components))
        return self._norm_cache

    def scaled(self, k: float) -> Vector:
        return type(self)(c * k for c in self.components)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.components == other.components

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.components})"


def normalize_all(vectors: list[list[float]]) -> list[str]:
    """Entry point: return normalized copies, leaving inputs untouched."""
    out: list[str] = []
    for comps in vectors:
        v = Vector(comps)
        match v:
            case Vector([]):
                out.append("empty")
            case Vector([0, *_]) if v.norm == 0:
                out.append("zero")
            case Vector(cs):
                unit = copy.deepcopy(v).scaled(1 / v.norm)
                shallow = copy.copy(v)
                assert shallow.components is v.components
                out.append(", ".join(f"{c:.3f}" for c in unit.components) + f" (n={len(cs)})")
    return out
