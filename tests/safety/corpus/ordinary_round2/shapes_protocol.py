# ordinary: geometry shapes as frozen dataclasses sharing a Protocol, sorted by area
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...
    def perimeter(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Circle:
    radius: float

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


@dataclass(frozen=True, slots=True)
class Rectangle:
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    @classmethod
    def square(cls, side: float) -> Rectangle:
        return cls(side, side)


@dataclass(frozen=True, slots=True)
class Triangle:
    a: float
    b: float
    c: float

    def __post_init__(self) -> None:
        x, y, z = sorted((self.a, self.b, self.c))
        if x + y <= z:
            raise ValueError(f"sides {self.a}, {self.b}, {self.c} violate the triangle inequality")

    def area(self) -> float:
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self) -> float:
        return self.a + self.b + self.c


def report(shapes: list[Shape]) -> str:
    rows = []
    for shape in sorted(shapes, key=lambda s: s.area(), reverse=True):
        assert isinstance(shape, Shape)
        rows.append(f"{type(shape).__name__:<10} area={shape.area():>8.2f} perimeter={shape.perimeter():>7.2f}  {shape}")
    return "\n".join(rows)


if __name__ == "__main__":
    print(report([Circle(1.5), Rectangle(2, 3.5), Rectangle.square(2), Triangle(3, 4, 5)]))
