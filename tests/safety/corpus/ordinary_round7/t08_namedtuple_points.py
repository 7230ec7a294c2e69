# ordinary: bounding box and centroid of points using namedtuple
from collections import namedtuple
from typing import Any

Point = namedtuple("Point", ["x", "y"])
Box = namedtuple("Box", "min_x min_y max_x max_y")


def _bbox(points: list[Point]) -> Box:
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    return Box(min(xs), min(ys), max(xs), max(ys))


def point_summary(points: list[list[float]], shift_x: float = 0.0) -> dict[str, Any]:
    """Return bounding box, centroid and shifted points."""
    pts = [Point(*p) for p in points]
    if not pts:
        return {"error": "no points"}
    shifted = [p._replace(x=p.x + shift_x) for p in pts]
    box = _bbox(shifted)
    cx = sum(p.x for p in shifted) / len(shifted)
    cy = sum(p.y for p in shifted) / len(shifted)
    return {
        "fields": list(Point._fields),
        "bbox": box._asdict(),
        "centroid": {"x": round(cx, 4), "y": round(cy, 4)},
        "points": [p._asdict() for p in shifted],
    }


if __name__ == "__main__":
    print(point_summary([[0, 0], [2, 4], [4, 1]], shift_x=1))
