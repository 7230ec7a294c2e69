# family: ordinary, blind round 50 (ABC-based shapes with cached_property)
import math
from abc import ABC, abstractmethod
from functools import cached_property


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__:<10} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r: float):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w: float, h: float):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Polygon(Shape):
    """Arbitrary simple polygon; area/perimeter computed once and cached."""

    def __init__(self, points):
        self.points = list(points)
        self.computations = 0

    @cached_property
    def _area(self):
        self.computations += 1
        pts = self.points + self.points[:1]
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:]))) / 2

    def area(self):
        return self._area

    @cached_property
    def _perimeter(self):
        pts = self.points + self.points[:1]
        return sum(math.dist(a, b) for a, b in zip(pts, pts[1:]))

    def perimeter(self):
        return self._perimeter


if __name__ == "__main__":
    shapes = [Circle(1.5), Rectangle(3, 4), Polygon([(0, 0), (4, 0), (4, 3), (2, 5), (0, 3)])]
    for s in sorted(shapes):
        print(s.describe())
    poly = shapes[2]
    poly.area(); poly.area()
    print("polygon area computed", poly.computations, "time(s)")
    try:
        Shape()
    except TypeError as e:
        print("error:", e)
