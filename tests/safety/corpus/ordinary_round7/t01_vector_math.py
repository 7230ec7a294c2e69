# ordinary: 2D vector arithmetic tool with a small Vector class
from __future__ import annotations

import math
from typing import Any


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = float(x)
        self.y = float(y)

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.x:.3f}, {self.y:.3f})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return math.isclose(self.x, other.x) and math.isclose(self.y, other.y)

    def __hash__(self) -> int:
        return hash((round(self.x, 9), round(self.y, 9)))

    def __add__(self, other: Vector) -> Vector:
        return self.__class__(self.x + other.x, self.y + other.y)

    def __mul__(self, k: float) -> Vector:
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __iter__(self):
        yield self.x
        yield self.y


def vector_ops(a: list[float], b: list[float], scale: float = 1.0) -> dict[str, Any]:
    """Add two vectors, scale the result, report its length and angle."""
    va, vb = Vector(*a), Vector(*b)
    total = (va + vb) * scale
    return {
        "sum": list(total),
        "length": round(abs(total), 6),
        "angle_deg": round(math.degrees(math.atan2(total.y, total.x)), 3),
        "equal": va == vb,
        "repr": repr(total),
    }


if __name__ == "__main__":
    print(vector_ops([1, 2], [3, 4], 2))
