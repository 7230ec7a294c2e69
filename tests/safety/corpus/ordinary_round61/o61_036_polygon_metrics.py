# family: ordinary, blind round 61 (polygon area and perimeter)
import math
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def distance(self, other: "Point") -> float:
        return math.hypot(other.x - self.x, other.y - self.y)


class Polygon:
    def __init__(self, vertices: list[Point]) -> None:
        if len(vertices) < 3:
            raise ValueError("a polygon needs at least 3 vertices")
        self.vertices = vertices

    def _edges(self):
        return pairwise(self.vertices + self.vertices[:1])

    @cached_property
    def signed_area(self) -> float:
        return sum(a.x * b.y - b.x * a.y for a, b in self._edges()) / 2

    @cached_property
    def perimeter(self) -> float:
        return sum(a.distance(b) for a, b in self._edges())

    @cached_property
    def centroid(self) -> Point:
        a = self.signed_area
        cx = sum((p.x + q.x) * (p.x * q.y - q.x * p.y) for p, q in self._edges()) / (6 * a)
        cy = sum((p.y + q.y) * (p.x * q.y - q.x * p.y) for p, q in self._edges()) / (6 * a)
        return Point(cx, cy)


def polygon_metrics(points: list[list[float]], precision: int = 3) -> dict:
    """Compute area, perimeter, centroid and orientation of a simple polygon."""
    poly = Polygon([Point(*p) for p in points])
    area = poly.signed_area
    if math.isclose(area, 0.0, abs_tol=1e-12):
        raise ValueError("degenerate polygon (zero area)")
    return {
        "vertices": len(points),
        "area": round(abs(area), precision),
        "perimeter": round(poly.perimeter, precision),
        "centroid": [round(poly.centroid.x, precision), round(poly.centroid.y, precision)],
        "orientation": "counter-clockwise" if area > 0 else "clockwise",
        "compactness": round(4 * math.pi * abs(area) / poly.perimeter ** 2, precision),
    }


if __name__ == "__main__":
    print(polygon_metrics([[0, 0], [4, 0], [4, 3], [0, 3]]))
    print(polygon_metrics([[0, 0], [2, 4], [4, 0]]))
    print(polygon_metrics([[math.cos(t * math.pi / 6), math.sin(t * math.pi / 6)] for t in range(12)]))
