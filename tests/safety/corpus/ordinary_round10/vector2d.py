"""Immutable 2D vector with operator overloading and polygon helpers."""

import math
from typing import NamedTuple


class Vec(NamedTuple):
    x: float
    y: float

    def __add__(self, other: "Vec") -> "Vec":  # type: ignore[override]
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":  # type: ignore[override]
        return Vec(self.x * k, self.y * k)

    def dot(self, other: "Vec") -> float:
        return self.x * other.x + self.y * other.y

    def cross(self, other: "Vec") -> float:
        return self.x * other.y - self.y * other.x

    @property
    def length(self) -> float:
        return math.hypot(self.x, self.y)

    def angle_to(self, other: "Vec") -> float:
        return math.degrees(math.atan2(self.cross(other), self.dot(other)))


def polygon_stats(points: list[tuple[float, float]]) -> dict[str, float]:
    """Area (shoelace), perimeter and centroid of a simple polygon."""
    if len(points) < 3:
        raise ValueError("polygon needs at least three points")
    vs = [Vec(*p) for p in points]
    pairs = list(zip(vs, vs[1:] + vs[:1]))
    signed = sum(a.cross(b) for a, b in pairs) / 2
    perimeter = sum((b - a).length for a, b in pairs)
    cx = sum((a.x + b.x) * a.cross(b) for a, b in pairs) / (6 * signed)
    cy = sum((a.y + b.y) * a.cross(b) for a, b in pairs) / (6 * signed)
    return {"area": abs(signed), "perimeter": round(perimeter, 4), "cx": round(cx, 4), "cy": round(cy, 4)}


if __name__ == "__main__":
    print(polygon_stats([(0, 0), (4, 0), (4, 3), (0, 3)]))
    print(Vec(1, 0).angle_to(Vec(0, 1)))
