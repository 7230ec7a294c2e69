# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Compute shape areas using match statements over dataclasses."""
import math
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Circle:
    radius: float


@dataclass(frozen=True)
class Rect:
    width: float
    height: float


@dataclass(frozen=True)
class Triangle:
    a: float
    b: float
    c: float

    def __post_init__(self) -> None:
        s = sorted((self.a, self.b, self.c))
        if s[0] + s[1] <= s[2]:
            raise ValueError(f"invalid triangle sides {self.a}, {self.b}, {self.c}")


Shape = Union[Circle, Rect, Triangle]


def area(shape: Shape) -> float:
    match shape:
        case Circle(radius=r):
            return math.pi * r * r
        case Rect(width=w, height=h) if w == h:
            return w * w
        case Rect(width=w, height=h):
            return w * h
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case _:
            raise TypeError(f"unsupported shape {shape!r}")


def describe(shape: Shape) -> str:
    match shape:
        case Circle():
            kind = "circle"
        case Rect(width=w, height=h) if w == h:
            kind = "square"
        case Rect():
            kind = "rectangle"
        case Triangle():
            kind = "triangle"
    return f"{kind} with area {area(shape):.3f}"


if __name__ == "__main__":
    shapes: list[Shape] = [Circle(1.0), Rect(2, 3), Rect(4, 4), Triangle(3, 4, 5)]
    for s in sorted(shapes, key=area):
        print(describe(s))
    try:
        Triangle(1, 2, 10)
    except ValueError as e:
        print(e)
