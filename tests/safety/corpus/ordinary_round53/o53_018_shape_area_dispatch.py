# family: ordinary, blind round 53 (singledispatch register with explicit classes)
import functools
import math
from collections import namedtuple

Circle = namedtuple("Circle", "radius")
Rect = namedtuple("Rect", "width height")
Triangle = namedtuple("Triangle", "a b c")


class Polygon:
    def __init__(self, *points):
        self.points = points


@functools.singledispatch
def area(shape):
    raise NotImplementedError(f"no area rule for {type(shape).__name__}")


@area.register(Circle)
def _circle_area(shape):
    return math.pi * shape.radius ** 2


@area.register(Rect)
def _rect_area(shape):
    return shape.width * shape.height


@area.register(Triangle)
def _tri_area(shape):
    s = (shape.a + shape.b + shape.c) / 2
    return math.sqrt(s * (s - shape.a) * (s - shape.b) * (s - shape.c))


def _poly_area(shape):
    pts = shape.points
    total = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))
    return abs(total) / 2


area.register(Polygon, _poly_area)  # non-decorator form


if __name__ == "__main__":
    shapes = [
        Circle(1.5),
        Rect(3, 4),
        Triangle(3, 4, 5),
        Polygon((0, 0), (4, 0), (4, 3), (0, 3)),
    ]
    for s in shapes:
        print(f"{type(s).__name__:<9} {area(s):8.3f}")
    print("registered:", sorted(c.__name__ for c in area.registry))
    print("dispatch(Rect) ->", area.dispatch(Rect).__name__)
    try:
        area("square")
    except NotImplementedError as e:
        print(e)
