# family: ordinary, blind round 59 (polygon area, perimeter, centroid, point-in-polygon)
import math
from typing import NamedTuple, Sequence


class Point(NamedTuple):
    x: float
    y: float

    def distance_to(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


def polygon_area(pts: Sequence[Point]) -> float:
    """Signed shoelace area; positive for counter-clockwise vertex order."""
    return sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1])) / 2


def perimeter(pts: Sequence[Point]) -> float:
    return sum(a.distance_to(b) for a, b in zip(pts, pts[1:] + pts[:1]))


def centroid(pts: Sequence[Point]) -> Point:
    area = polygon_area(pts)
    if math.isclose(area, 0):
        raise ValueError("degenerate polygon")
    cx = cy = 0.0
    for a, b in zip(pts, pts[1:] + pts[:1]):
        cross = a.x * b.y - b.x * a.y
        cx += (a.x + b.x) * cross
        cy += (a.y + b.y) * cross
    return Point(cx / (6 * area), cy / (6 * area))


def contains(pts: Sequence[Point], p: Point) -> bool:
    inside = False
    for a, b in zip(pts, pts[1:] + pts[:1]):
        if (a.y > p.y) != (b.y > p.y):
            x_cross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)
            if p.x < x_cross:
                inside = not inside
    return inside


if __name__ == "__main__":
    shape = [Point(0, 0), Point(4, 0), Point(4, 3), Point(2, 5), Point(0, 3)]
    print(f"area      = {abs(polygon_area(shape)):.2f}")
    print(f"perimeter = {perimeter(shape):.3f}")
    c = centroid(shape)
    print(f"centroid  = ({c.x:.3f}, {c.y:.3f})")
    for q in [Point(2, 2), Point(2, 4.5), Point(3.5, 4.5), Point(-1, 1)]:
        print(f"contains {tuple(q)}: {contains(shape, q)}")
