# family: ordinary, blind round 48 (typing.Protocol structural typing)
from typing import Protocol, runtime_checkable, Iterable
import math


@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...
    def perimeter(self) -> float: ...


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect:
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Triangle:
    def __init__(self, a: float, b: float, c: float) -> None:
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("sides violate triangle inequality")
        self.sides = (a, b, c)

    def area(self) -> float:
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self) -> float:
        return sum(self.sides)


class Label:  # not a shape: no area/perimeter
    text = "hello"


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


if __name__ == "__main__":
    things = [Circle(1.5), Rect(2, 3.5), Triangle(3, 4, 5), Label()]
    shapes = [t for t in things if isinstance(t, Shape)]
    for s in shapes:
        print(f"{type(s).__name__:<9} area={s.area():7.3f} perimeter={s.perimeter():7.3f}")
    print("skipped:", [type(t).__name__ for t in things if not isinstance(t, Shape)])
    print(f"total area: {total_area(shapes):.3f}")
