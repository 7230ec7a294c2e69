# family: ordinary, blind round 59 (shape area calculator using Protocol and ABC)
import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Iterable, List, Protocol, runtime_checkable


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"


@dataclass(frozen=True)
class Circle(Shape):
    radius: float

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


@dataclass(frozen=True)
class Rectangle(Shape):
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


@dataclass(frozen=True)
class Triangle(Shape):
    a: float
    b: float
    c: float

    def __post_init__(self) -> None:
        x, y, z = sorted((self.a, self.b, self.c))
        if x + y <= z:
            raise ValueError(f"invalid triangle sides {self.a}, {self.b}, {self.c}")

    def area(self) -> float:
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self) -> float:
        return self.a + self.b + self.c


def total_area(items: Iterable[HasArea]) -> float:
    return sum(item.area() for item in items if isinstance(item, HasArea))


if __name__ == "__main__":
    shapes: List[Shape] = [Circle(1.5), Rectangle(3, 4), Triangle(3, 4, 5)]
    for shape in sorted(shapes, key=lambda s: s.area()):
        print(shape.describe())
    print(f"total area: {total_area(shapes):.3f}")
    try:
        Triangle(1, 2, 10)
    except ValueError as exc:
        print("error:", exc)
