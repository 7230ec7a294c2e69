"""Immutable 2D vector with the usual arithmetic and geometric helpers."""
from __future__ import annotations

import math
from typing import Iterator, Union

Number = Union[int, float]


class Vector2:
    __slots__ = ("x", "y")

    def __init__(self, x: Number = 0.0, y: Number = 0.0) -> None:
        self.x = float(x)
        self.y = float(y)

    @classmethod
    def from_polar(cls, radius: float, angle_deg: float) -> "Vector2":
        a = math.radians(angle_deg)
        return cls(radius * math.cos(a), radius * math.sin(a))

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.x:g}, {self.y:g})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector2):
            return NotImplemented
        return math.isclose(self.x, other.x) and math.isclose(self.y, other.y)

    def __hash__(self) -> int:
        return hash((round(self.x, 9), round(self.y, 9)))

    def __add__(self, other: object) -> "Vector2":
        if not isinstance(other, Vector2):
            return NotImplemented
        return type(self)(self.x + other.x, self.y + other.y)

    def __sub__(self, other: object) -> "Vector2":
        if not isinstance(other, Vector2):
            return NotImplemented
        return type(self)(self.x - other.x, self.y - other.y)

    def __mul__(self, k: object) -> "Vector2":
        if not isinstance(k, (int, float)):
            return NotImplemented
        return type(self)(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __bool__(self) -> bool:
        return bool(self.x or self.y)

    def dot(self, other: "Vector2") -> float:
        return self.x * other.x + self.y * other.y

    def normalized(self) -> "Vector2":
        length = abs(self)
        if not length:
            raise ZeroDivisionError("cannot normalise zero vector")
        return self * (1 / length)


def centroid(points: list[tuple[float, float]]) -> Vector2:
    total = sum((Vector2(*p) for p in points), Vector2())
    return total * (1 / len(points))


if __name__ == "__main__":
    v = Vector2(3, 4)
    print(v, abs(v), v.normalized(), 2 * v - Vector2.from_polar(1, 90), bool(Vector2()))
    print(centroid([(0, 0), (4, 0), (4, 3)]))
