# family: ordinary, blind round 48 (vector class with operator overloading)
import math
from numbers import Real


class Vector:
    __slots__ = ("_xs",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], Real):
            components = tuple(components[0])
        self._xs = tuple(float(c) for c in components)

    def __len__(self):
        return len(self._xs)

    def __iter__(self):
        return iter(self._xs)

    def __getitem__(self, i):
        return self._xs[i]

    def _check(self, other):
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")

    def __add__(self, other):
        self._check(other)
        return type(self)(a + b for a, b in zip(self, other))

    def __sub__(self, other):
        self._check(other)
        return type(self)(a - b for a, b in zip(self, other))

    def __mul__(self, k):
        if isinstance(k, Real):
            return type(self)(a * k for a in self)
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        self._check(other)
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.hypot(*self._xs)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._xs == other._xs

    def __hash__(self):
        return hash(self._xs)

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalise zero vector")
        return self * (1 / n)

    def angle(self, other):
        return math.degrees(math.acos((self @ other) / (abs(self) * abs(other))))

    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(f'{x:g}' for x in self)})"


if __name__ == "__main__":
    a, b = Vector(3, 4), Vector(1, 0)
    print(a + b, a - b, 2 * a, -b)
    print("|a| =", abs(a), " a.b =", a @ b)
    print("unit a:", a.normalized())
    print(f"angle: {a.angle(b):.2f} deg")
    print("hashable:", len({Vector(1, 2), Vector([1, 2]), Vector(2, 1)}))
