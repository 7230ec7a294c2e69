# family: ordinary, blind round 62 (2D vector class with operator overloading)
import math
from functools import total_ordering


@total_ordering
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __str__(self):
        return "(%.2f, %.2f)" % (self.x, self.y)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def rotated(self, deg):
        r = math.radians(deg)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))


if __name__ == "__main__":
    a, b = Vec(3, 4), Vec(1, -2)
    print(a + b, a - b, 2 * a, a * b, abs(a))
    print(repr(a.rotated(90)), sorted([a, b, Vec(0, 1)]), max(a, b))
    x, y = a
    print(x, y, bool(Vec()), len({Vec(1, 1), Vec(1, 1), Vec(2, 2)}))
    path = [Vec(0, 0), Vec(3, 4), Vec(6, 0), Vec(0, 0)]
    print("perimeter: {:.1f}".format(sum(abs(q - p) for p, q in zip(path, path[1:]))))
