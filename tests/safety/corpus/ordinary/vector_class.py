import math
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x: float = 0.0, y: float = 0.0) -> None:
        self.x = float(x)
        self.y = float(y)

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.x!r}, {self.y!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return math.isclose(self.x, other.x) and math.isclose(self.y, other.y)

    def __lt__(self, other: "Vector") -> bool:
        return abs(self) < abs(other)

    def __hash__(self) -> int:
        return hash((round(self.x, 9), round(self.y, 9)))

    def __add__(self, other: "Vector") -> "Vector":
        return self.__class__(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vector") -> "Vector":
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar: float) -> "Vector":
        return Vector(self.x * scalar, self.y * scalar)

    __rmul__ = __mul__

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self) -> bool:
        return bool(self.x or self.y)

    def normalized(self) -> "Vector":
        length = abs(self)
        if length == 0:
            raise ZeroDivisionError("cannot normalise the zero vector")
        return self * (1 / length)


def centroid(points: list[list[float]]) -> list[float]:
    total = sum((Vector(*p) for p in points), Vector())
    return list(total * (1 / len(points)))
