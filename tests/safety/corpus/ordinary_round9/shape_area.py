"""Compute areas of simple shapes described as dataclasses."""
from __future__ import annotations

import math
from dataclasses import dataclass


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


Shape = Circle | Rect | Triangle


def _heron(a: float, b: float, c: float) -> float:
    s = (a + b + c) / 2
    return math.sqrt(max(s * (s - a) * (s - b) * (s - c), 0.0))


def area(shape: Shape) -> float:
    match shape:
        case Circle(r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r):
            return math.pi * r * r
        case Rect(w, h) if w == h:
            return w * w
        case Rect(width=w, height=h):
            return w * h
        case Triangle(a, b, c):
            return _heron(a, b, c)
        case _:
            raise TypeError(f"unknown shape: {shape!r}")


def total_area(shapes: list[dict]) -> float:
    """Entry point: build shapes from dicts and sum their areas."""
    built: list[Shape] = []
    for spec in shapes:
        match spec:
            case {"kind": "circle", "r": r}:
                built.append(Circle(float(r)))
            case {"kind": "rect", "w": w, "h": h}:
                built.append(Rect(float(w), float(h)))
            case {"kind": "tri", "sides": [a, b, c]}:
                built.append(Triangle(float(a), float(b), float(c)))
            case _:
                raise ValueError(f"bad spec {spec}")
    return round(sum(area(s) for s in built), 6)
