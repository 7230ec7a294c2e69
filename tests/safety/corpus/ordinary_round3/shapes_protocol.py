# ordinary: shape hierarchy with an abstract base class and a structural Protocol
import math
from abc import ABC, abstractmethod
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        ...

    def __repr__(self):
        fields = ", ".join(f"{k}={v:g}" for k, v in self.dimensions().items())
        return f"{type(self).__name__}({fields})"

    def dimensions(self):
        return {}


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def scale(self, factor):
        return type(self)(self.r * factor)

    def dimensions(self):
        return {"r": self.r}


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def dimensions(self):
        return {"w": self.w, "h": self.h}


class Field:
    """Not a Shape, but it has an area."""

    def area(self):
        return 10_000.0


def total_area(things):
    return sum(t.area() for t in things if isinstance(t, HasArea))


if __name__ == "__main__":
    shapes = [Circle(1), Rect(2, 3), Circle(0.5).scale(4)]
    print(shapes, round(total_area(shapes + [Field(), "not a shape"]), 3))
    try:
        Shape()
    except TypeError as exc:
        print("abstract:", exc)
