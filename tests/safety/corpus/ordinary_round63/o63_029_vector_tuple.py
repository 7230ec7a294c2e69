# family: ordinary, blind round 63 (immutable 2D vector as a tuple subclass)
import math


class Vector(tuple):
    __slots__ = ()

    def __new__(cls, x=0.0, y=0.0):
        return super().__new__(cls, (float(x), float(y)))

    @classmethod
    def from_polar(cls, r, theta):
        return cls(r * math.cos(theta), r * math.sin(theta))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Vector(self.x + other[0], self.y + other[1])

    def __sub__(self, other):
        return Vector(self.x - other[0], self.y - other[1])

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def dot(self, other):
        return self.x * other[0] + self.y * other[1]

    def normalized(self):
        length = abs(self)
        if not length:
            raise ZeroDivisionError("cannot normalize zero vector")
        return self * (1 / length)

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"


if __name__ == "__main__":
    a, b = Vector(3, 4), Vector(1, -2)
    print(a + b, a - b, 2 * a, -b, abs(a))
    print(f"{Vector.from_polar(2, math.pi / 3):.3f}", f"{a.normalized():.2f}")
    print(a.dot(b), bool(Vector()), a == (3.0, 4.0), {a: "start"}[Vector(3, 4)])
    try:
        Vector().normalized()
    except ZeroDivisionError as exc:
        print("error:", exc)
