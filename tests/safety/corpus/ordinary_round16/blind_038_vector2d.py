"""A 2D vector class implementing the numeric protocol."""
from __future__ import annotations
import math
from typing import NamedTuple


class Vector(NamedTuple):
    x: float
    y: float

    @classmethod
    def from_polar(cls, r: float, theta_deg: float) -> Vector:
        t = math.radians(theta_deg)
        return cls(r * math.cos(t), r * math.sin(t))

    def __add__(self, other: Vector) -> Vector:
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Vector) -> Vector:
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> Vector:
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self) -> Vector:
        return Vector(-self.x, -self.y)

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __bool__(self) -> bool:
        return bool(self.x or self.y)

    def dot(self, other: Vector) -> float:
        return self.x * other.x + self.y * other.y

    def cross(self, other: Vector) -> float:
        return self.x * other.y - self.y * other.x

    def normalized(self) -> Vector:
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalise zero vector")
        return self * (1 / n)

    def angle_to(self, other: Vector) -> float:
        return math.degrees(math.atan2(self.cross(other), self.dot(other)))

    def __format__(self, spec: str) -> str:
        spec = spec or ".2f"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"


def polygon_area(points: list[tuple[float, float]]) -> float:
    vs = [Vector(*p) for p in points]
    return abs(sum(a.cross(b) for a, b in zip(vs, vs[1:] + vs[:1]))) / 2


if __name__ == "__main__":
    a, b = Vector(3, 4), Vector.from_polar(2, 90)
    print(f"{a + b}", f"{a - b:.1f}", abs(a), f"{a.normalized():.3f}", a.angle_to(b))
    print(polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]))
