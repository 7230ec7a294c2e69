from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float

    def distance(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)


class Polygon:
    def __init__(self, points: list[Point]) -> None:
        if len(points) < 3:
            raise ValueError("a polygon needs at least three points")
        self.points = points

    @cached_property
    def perimeter(self) -> float:
        pts = self.points
        return sum(a.distance(b) for a, b in zip(pts, pts[1:] + pts[:1]))

    @cached_property
    def area(self) -> float:
        pts = self.points
        twice = sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))
        return abs(twice) / 2

    def centroid(self) -> Point:
        n = len(self.points)
        return Point(sum(p.x for p in self.points) / n, sum(p.y for p in self.points) / n)


def measure(coordinates: list[list[float]]) -> dict:
    polygon = Polygon([Point(x, y) for x, y in coordinates])
    c = polygon.centroid()
    return {"perimeter": round(polygon.perimeter, 3), "area": round(polygon.area, 3), "centroid": [c.x, c.y]}
