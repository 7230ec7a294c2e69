"""Area and perimeter of shapes using an abstract base class."""

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def summary(self) -> str:
        return f"{type(self).__name__}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"


@dataclass
class Circle(Shape):
    radius: float

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


@dataclass
class Rectangle(Shape):
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


@dataclass
class Triangle(Shape):
    a: float
    b: float
    c: float

    def __post_init__(self) -> None:
        x, y, z = sorted((self.a, self.b, self.c))
        if x + y <= z:
            raise ValueError("sides do not form a triangle")

    def area(self) -> float:
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self) -> float:
        return self.a + self.b + self.c


SHAPES: dict[str, type[Shape]] = {"circle": Circle, "rectangle": Rectangle, "triangle": Triangle}


def describe_shape(kind: str, dims: list[float]) -> str:
    cls = SHAPES.get(kind.lower())
    if cls is None:
        raise ValueError(f"unknown shape {kind!r}; choose from {sorted(SHAPES)}")
    return cls(*dims).summary()


if __name__ == "__main__":
    print(describe_shape("circle", [2]))
    print(describe_shape("triangle", [3, 4, 5]))
