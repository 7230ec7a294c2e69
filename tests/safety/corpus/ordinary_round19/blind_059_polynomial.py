"""Polynomial arithmetic with evaluation, derivatives and pretty printing."""
from __future__ import annotations

from fractions import Fraction
from itertools import zip_longest
from numbers import Number
from typing import Iterable


class Polynomial:
    """Coefficients stored lowest degree first: Polynomial([1, 0, 2]) == 1 + 2x^2."""

    def __init__(self, coeffs: Iterable[Number]) -> None:
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.coeffs = c or [0]

    @classmethod
    def from_roots(cls, *roots: Number) -> "Polynomial":
        result = cls([1])
        for r in roots:
            result = result * cls([-r, 1])
        return result

    degree = property(lambda self: len(self.coeffs) - 1, doc="Highest power with a non-zero coefficient.")

    def __call__(self, x: Number) -> Number:
        total: Number = 0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Number):
            other = Polynomial([other])
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __add__(self, other: object) -> "Polynomial":
        if isinstance(other, Number):
            other = Polynomial([other])
        if not isinstance(other, Polynomial):
            return NotImplemented
        return type(self)(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0))

    __radd__ = __add__

    def __mul__(self, other: object) -> "Polynomial":
        if isinstance(other, Number):
            other = Polynomial([other])
        if not isinstance(other, Polynomial):
            return NotImplemented
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return type(self)(out)

    __rmul__ = __mul__

    def derivative(self) -> "Polynomial":
        return type(self)(i * c for i, c in enumerate(self.coeffs) if i)

    def __repr__(self) -> str:
        terms = []
        for power, c in reversed(list(enumerate(self.coeffs))):
            if c == 0 and self.degree:
                continue
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            coef = "" if var and c == 1 else "-" if var and c == -1 else str(c)
            terms.append(f"{coef}{var}")
        return " + ".join(terms).replace("+ -", "- ")


if __name__ == "__main__":
    p = Polynomial.from_roots(1, 2, -3)
    print(p, "| p(2) =", p(2), "| p' =", p.derivative(), "| p'(0) =", p.derivative()(0))
    q = 2 * Polynomial([Fraction(1, 2), 1]) + 1
    print(q, q == Polynomial([2, 2]), q(Fraction(1, 4)))
