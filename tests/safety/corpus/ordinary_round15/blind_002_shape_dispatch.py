"""Compute area/perimeter for shapes described as dicts, via a dispatch table."""
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Circle:
    r: float


@dataclass(frozen=True)
class Rect:
    w: float
    h: float


@dataclass(frozen=True)
class Triangle:
    a: float
    b: float
    c: float


def _circle(s):
    return math.pi * s.r ** 2, 2 * math.pi * s.r


def _rect(s):
    return s.w * s.h, 2 * (s.w + s.h)


def _triangle(s):
    p = (s.a + s.b + s.c) / 2
    return math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c)), 2 * p


HANDLERS = {Circle: _circle, Rect: _rect, Triangle: _triangle}
BY_NAME = {"circle": Circle, "rect": Rect, "triangle": Triangle}


def measure(shapes: list) -> list:
    """shapes: [{"kind": "circle", "r": 2}, ...] -> list of {kind, area, perimeter}."""
    out = []
    for spec in shapes:
        spec = dict(spec)
        kind = spec.pop("kind")
        cls = BY_NAME.get(kind)
        if cls is None:
            raise ValueError(f"unknown shape {kind!r}")
        shape = cls(**spec)
        handler = HANDLERS[type(shape)]
        area, perim = handler(shape)
        out.append({"kind": kind, "area": round(area, 4), "perimeter": round(perim, 4)})
    return out


if __name__ == "__main__":
    print(measure([{"kind": "circle", "r": 1}, {"kind": "rect", "w": 2, "h": 3},
                   {"kind": "triangle", "a": 3, "b": 4, "c": 5}]))
