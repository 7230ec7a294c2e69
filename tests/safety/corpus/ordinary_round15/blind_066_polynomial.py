"""Polynomial value type: evaluation, arithmetic, derivative, root finding; equals plain numbers."""
from fractions import Fraction
from itertools import zip_longest
from numbers import Number


class Poly:
    def __init__(self, *coeffs):
        cs = list(coeffs) or [0]  # constant term first: Poly(1, 0, 2) == 1 + 2x^2
        while len(cs) > 1 and cs[-1] == 0:
            cs.pop()
        self.coeffs = tuple(cs)

    @classmethod
    def from_roots(cls, *roots):
        p = cls(1)
        for r in roots:
            p = p * cls(-r, 1)
        return p

    degree = property(lambda self: len(self.coeffs) - 1)

    def __call__(self, x):
        acc = 0
        for c in reversed(self.coeffs):
            acc = acc * x + c
        return acc

    def _coerce(self, other):
        if isinstance(other, Poly):
            return other
        return Poly(other) if isinstance(other, Number) else None

    def __add__(self, other):
        if (o := self._coerce(other)) is None:
            return NotImplemented
        return Poly(*(a + b for a, b in zip_longest(self.coeffs, o.coeffs, fillvalue=0)))

    __radd__ = __add__
    def __mul__(self, other):
        if (o := self._coerce(other)) is None:
            return NotImplemented
        out = [0] * (len(self.coeffs) + len(o.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(o.coeffs):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.coeffs == o.coeffs

    def __hash__(self):  # constant polynomials hash like the number they equal
        return hash(self.coeffs) if self.degree else hash(self.coeffs[0])

    def derivative(self):
        return Poly(*[i * c for i, c in enumerate(self.coeffs)][1:]) if self.degree else Poly(0)

    def newton(self, x0, steps=50, tol=1e-12):
        d, x = self.derivative(), x0
        for _ in range(steps):
            if (dx := d(x)) == 0:
                break
            nxt = x - self(x) / dx
            if abs(nxt - x) < tol:
                return nxt
            x = nxt
        return x

    def __repr__(self):
        terms = [f"{c}" + ("" if i == 0 else "x" if i == 1 else f"x^{i}") for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)) or "0"


if __name__ == "__main__":
    p = Poly.from_roots(1, 2, -3)
    print(p, p(2), p.derivative(), round(p.newton(10.0), 9), Poly(5) == 5, Poly(Fraction(1, 2), 1) * 2)
