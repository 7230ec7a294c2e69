# family: ordinary, blind round 62 (shape area via match on dicts and classes)
import math
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


def area(shape):
    match shape:
        case {"type": "circle", "r": r}:
            return math.pi * r ** 2
        case {"type": "rect", "w": w, "h": h}:
            return w * h
        case {"type": "square", "side": s}:
            return s * s
        case {"type": kind}:
            raise ValueError(f"unknown shape {kind!r}")
        case _:
            raise TypeError("expected dict, got %s" % type(shape).__name__)


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x=x, y=0):
            return f"on x-axis at {x}"
        case Point(x=x, y=y) if x == y:
            return "on diagonal"
        case _:
            return "somewhere"


if __name__ == "__main__":
    shapes = [{"type": "circle", "r": 2}, {"type": "rect", "w": 3, "h": 4.5},
              {"type": "square", "side": 3}, {"type": "hexagon"}, [1, 2]]
    for s in shapes:
        try:
            print("{0!s:<40} area={1:8.3f}".format(s, area(s)))
        except (ValueError, TypeError) as e:
            print("error:", e)
    for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7)]:
        print(p, "->", where(p))
