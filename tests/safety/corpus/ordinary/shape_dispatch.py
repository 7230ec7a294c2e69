import math
from dataclasses import dataclass
from functools import singledispatch


@dataclass
class Circle:
    radius: float


@dataclass
class Rectangle:
    width: float
    height: float


@dataclass
class Triangle:
    a: float
    b: float
    c: float


@singledispatch
def area(shape) -> float:
    raise TypeError(f"unsupported shape: {type(shape).__name__}")


@area.register
def _(shape: Circle) -> float:
    return math.pi * shape.radius ** 2


@area.register
def _(shape: Rectangle) -> float:
    return shape.width * shape.height


@area.register(Triangle)
def _triangle(shape: Triangle) -> float:
    s = (shape.a + shape.b + shape.c) / 2
    return math.sqrt(max(s * (s - shape.a) * (s - shape.b) * (s - shape.c), 0.0))


def total_area(shapes: list[dict]) -> float:
    kinds = {"circle": Circle, "rectangle": Rectangle, "triangle": Triangle}
    built = [kinds[s.pop("kind")](**s) for s in shapes]
    return round(sum(area(s) for s in built), 3)
