"""Shape hierarchy with an abstract base class and super() chaining."""
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name: str):
        self.name = name

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()


class Rectangle(Shape):
    def __init__(self, width: float, height: float, name: str = "rectangle"):
        super().__init__(name)
        if width <= 0 or height <= 0:
            raise ValueError("dimensions must be positive")
        self.width, self.height = width, height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side: float):
        super().__init__(side, side, name="square")

    def describe(self) -> str:
        return super().describe() + f", side={self.width}"


class Circle(Shape):
    def __init__(self, radius: float):
        super().__init__("circle")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


def shape_from_spec(spec: dict) -> Shape:
    kinds = {"rectangle": Rectangle, "square": Square, "circle": Circle}
    kind = spec.get("kind")
    if kind not in kinds:
        raise ValueError(f"unknown shape kind {kind!r}")
    params = {k: v for k, v in spec.items() if k != "kind"}
    return kinds[kind](**params)


if __name__ == "__main__":
    shapes = [shape_from_spec(s) for s in (
        {"kind": "rectangle", "width": 3, "height": 4},
        {"kind": "square", "side": 2},
        {"kind": "circle", "radius": 1.5},
    )]
    for s in sorted(shapes):
        print(s.describe())
