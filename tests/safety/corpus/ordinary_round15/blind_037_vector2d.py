"""2D vector value type and polygon helpers."""
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = float(x)
        self.y = float(y)

    @classmethod
    def from_polar(cls, r, theta_deg):
        t = math.radians(theta_deg)
        return cls(r * math.cos(t), r * math.sin(t))

    def __iter__(self):
        yield self.x
        yield self.y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return math.isclose(self.x, o.x, abs_tol=1e-9) and math.isclose(self.y, o.y, abs_tol=1e-9)

    def __hash__(self):
        return hash((round(self.x, 9), round(self.y, 9)))

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def cross(self, o):
        return self.x * o.y - self.y * o.x

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"


def polygon_info(points: list) -> dict:
    pts = [Vec(*p) for p in points]
    edges = list(zip(pts, pts[1:] + pts[:1]))
    area = sum(a.cross(b) for a, b in edges) / 2
    perimeter = sum(abs(b - a) for a, b in edges)
    centroid = sum(pts, Vec()) * (1 / len(pts))
    return {"area": abs(area), "clockwise": area < 0, "perimeter": round(perimeter, 4),
            "centroid": tuple(round(c, 4) for c in centroid)}


if __name__ == "__main__":
    print(polygon_info([(0, 0), (4, 0), (4, 3), (0, 3)]))
    print(Vec.from_polar(2, 90), Vec(1, 2) == Vec(1, 2.0), bool(Vec()), -Vec(1, -1))
