"""Geometry helpers using structural pattern matching over shape dataclasses."""
from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    origin: Point
    width: float
    height: float


@dataclass
class Polygon:
    points: list[Point]


Shape = Circle | Rect | Polygon


def area(shape: Shape) -> float:
    match shape:
        case Circle(radius=r):
            return math.pi * r * r
        case Rect(width=w, height=h):
            return w * h
        case Polygon(points=pts) if len(pts) >= 3:
            return abs(sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))) / 2
        case Polygon():
            return 0.0
        case _:
            raise TypeError(f"unsupported shape: {shape!r}")


def describe(shape: Shape) -> str:
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at the origin"
        case Rect(_, w, h) if w == h:
            return f"square with side {w}"
        case Rect(Point(x, y), w, h):
            return f"{w}x{h} rectangle at ({x}, {y})"
        case Polygon(points=[_, _, _]):
            return "triangle"
        case _:
            return type(shape).__name__.lower()


def from_spec(spec: dict) -> Shape:
    match spec:
        case {"type": "circle", "r": r, **rest}:
            return Circle(Point(*rest.get("at", (0, 0))), r)
        case {"type": "rect", "w": w, "h": h}:
            return Rect(Point(*spec.get("at", (0, 0))), w, h)
        case {"type": "poly", "points": [*pts]}:
            return Polygon([Point(*p) for p in pts])
    raise ValueError(f"bad shape spec: {spec}")


if __name__ == "__main__":
    specs = [{"type": "circle", "r": 2}, {"type": "rect", "w": 3, "h": 3, "at": (1, 1)},
             {"type": "rect", "w": 2, "h": 5}, {"type": "poly", "points": [(0, 0), (4, 0), (0, 3)]}]
    for s in map(from_spec, specs):
        print(f"{describe(s):<32} area={area(s):.2f}")
