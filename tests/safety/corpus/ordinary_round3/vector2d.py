# ordinary: 2D vector class with operator overloading
import math


class Vector2D:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = float(x)
        self.y = float(y)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.x:g}, {self.y:g})"

    def __iter__(self):
        yield self.x
        yield self.y

    def __eq__(self, other):
        if not isinstance(other, Vector2D):
            return NotImplemented
        return math.isclose(self.x, other.x) and math.isclose(self.y, other.y)

    def __hash__(self):
        return hash((round(self.x, 9), round(self.y, 9)))

    def __add__(self, other):
        return self.__class__(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return self.__class__(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector2D):
            return self.x * k.x + self.y * k.y  # dot product
        return self.__class__(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return self.__class__(self.x / k, self.y / k)

    def __neg__(self):
        return self.__class__(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def normalized(self):
        length = abs(self)
        if length == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / length

    def angle_deg(self):
        return math.degrees(math.atan2(self.y, self.x))

    def rotated(self, degrees):
        r = math.radians(degrees)
        c, s = math.cos(r), math.sin(r)
        return type(self)(self.x * c - self.y * s, self.x * s + self.y * c)


if __name__ == "__main__":
    a, b = Vector2D(3, 4), Vector2D(1, -2)
    print(a + b, a - b, 2 * a, a * b, abs(a), -b)
    print(a.normalized(), round(a.angle_deg(), 2), a.rotated(90))
    print(tuple(a), a == Vector2D(3.0, 4.0), bool(Vector2D()))
