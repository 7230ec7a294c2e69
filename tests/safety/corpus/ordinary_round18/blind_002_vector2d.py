"""Immutable 2D vector utilities for geometry calculations."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Iterator


@dataclass(frozen=True)
class Vector2D:
    x: float
    y: float

    def __add__(self, other: "Vector2D") -> "Vector2D":
        return Vector2D(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vector2D") -> "Vector2D":
        return Vector2D(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar: float) -> "Vector2D":
        return Vector2D(self.x * scalar, self.y * scalar)

    __rmul__ = __mul__

    def __neg__(self) -> "Vector2D":
        return Vector2D(-self.x, -self.y)

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y

    def __bool__(self) -> bool:
        return bool(self.x or self.y)

    def dot(self, other: "Vector2D") -> float:
        return self.x * other.x + self.y * other.y

    def normalized(self) -> "Vector2D":
        length = abs(self)
        if length == 0:
            raise ZeroDivisionError("cannot normalize zero vector")
        return self * (1 / length)

    def angle_to(self, other: "Vector2D") -> float:
        """Angle in degrees between two vectors."""
        cos_theta = self.dot(other) / (abs(self) * abs(other))
        return math.degrees(math.acos(max(-1.0, min(1.0, cos_theta))))


def polygon_perimeter(points: Iterable[tuple[float, float]]) -> float:
    vecs = [Vector2D(*p) for p in points]
    return sum(abs(b - a) for a, b in zip(vecs, vecs[1:] + vecs[:1]))


def centroid(points: Iterable[tuple[float, float]]) -> tuple[float, float]:
    vecs = [Vector2D(*p) for p in points]
    total = sum(vecs, Vector2D(0, 0))
    return tuple(total * (1 / len(vecs)))  # type: ignore[return-value]


if __name__ == "__main__":
    a, b = Vector2D(3, 4), Vector2D(1, 0)
    print(a + b, abs(a), a.normalized(), f"{a.angle_to(b):.2f} deg")
    square = [(0, 0), (2, 0), (2, 2), (0, 2)]
    print(polygon_perimeter(square), centroid(square), bool(Vector2D(0, 0)))
