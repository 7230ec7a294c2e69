# ordinary: geometry helpers built on namedtuples
import math
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Segment = namedtuple("Segment", "start end")
BoundingBox = namedtuple("BoundingBox", "left bottom right top")


def distance(p, q):
    return math.dist(p, q)


def midpoint(segment):
    (x1, y1), (x2, y2) = segment
    return Point((x1 + x2) / 2, (y1 + y2) / 2)


def translate(p, dx=0, dy=0):
    return p._replace(x=p.x + dx, y=p.y + dy)


def bounding_box(points):
    xs, ys = zip(*points)
    return BoundingBox(min(xs), min(ys), max(xs), max(ys))


def polygon_area(points):
    total = 0.0
    for p, q in zip(points, points[1:] + points[:1]):
        total += p.x * q.y - q.x * p.y
    return abs(total) / 2


def parse_points(text):
    return [Point._make(float(v) for v in pair.split(",")) for pair in text.split()]


if __name__ == "__main__":
    square = parse_points("0,0 4,0 4,3 0,3")
    print(square[2]._asdict(), Point._fields, bounding_box(square))
    print(distance(square[0], square[2]), midpoint(Segment(square[0], square[2])))
    print(polygon_area(square), translate(square[1], dy=5))
