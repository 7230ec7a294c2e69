# ordinary: area and perimeter of shapes via functools.singledispatch
import math
from dataclasses import dataclass
from functools import singledispatch


@dataclass(frozen=True)
class Circle:
    radius: float


@dataclass(frozen=True)
class Rectangle:
    width: float
    height: float


@dataclass(frozen=True)
class Triangle:
    a: float
    b: float
    c: float

    def __post_init__(self):
        x, y, z = sorted((self.a, self.b, self.c))
        if x + y <= z:
            raise ValueError(f"sides {self.a}, {self.b}, {self.c} do not form a triangle")


@singledispatch
def area(shape) -> float:
    raise NotImplementedError(f"area() does not support {type(shape).__name__}")


@area.register
def _(shape: Circle) -> float:
    return math.pi * shape.radius ** 2


@area.register
def _(shape: Rectangle) -> float:
    return shape.width * shape.height


@area.register
def _(shape: Triangle) -> float:
    s = (shape.a + shape.b + shape.c) / 2
    return math.sqrt(s * (s - shape.a) * (s - shape.b) * (s - shape.c))


@singledispatch
def perimeter(shape) -> float:
    raise NotImplementedError(type(shape).__name__)


@perimeter.register
def _(shape: Circle) -> float:
    return 2 * math.pi * shape.radius


@perimeter.register(Rectangle)
def _(shape) -> float:
    return 2 * (shape.width + shape.height)


@perimeter.register(Triangle)
def _(shape) -> float:
    return shape.a + shape.b + shape.c


if __name__ == "__main__":
    shapes = [Circle(1.5), Rectangle(2, 3.5), Triangle(3, 4, 5)]
    for shape in sorted(shapes, key=area):
        print(f"{shape!r:40} area={area(shape):8.3f} perimeter={perimeter(shape):8.3f}")
    try:
        area("square")
    except NotImplementedError as exc:
        print("unsupported:", exc)
