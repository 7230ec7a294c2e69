"""Polynomial class with arithmetic, evaluation, derivative and pretty printing."""
from __future__ import annotations
from fractions import Fraction
from itertools import zip_longest


class Polynomial:
    """Coefficients stored lowest degree first: [c0, c1, c2, ...]."""

    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = tuple(coeffs) or (0,)

    @classmethod
    def from_roots(cls, *roots) -> Polynomial:
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self) -> int:
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other: Polynomial) -> Polynomial:
        return type(self)(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0))

    def __sub__(self, other: Polynomial) -> Polynomial:
        return self + type(self)(-c for c in other.coeffs)

    def __mul__(self, other: Polynomial) -> Polynomial:
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return type(self)(out)

    def __eq__(self, other) -> bool:
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __hash__(self):
        return hash(self.coeffs)

    def derivative(self) -> Polynomial:
        return type(self)(i * c for i, c in enumerate(self.coeffs) if i) if self.degree else type(self)([0])

    def integral(self, c0=0) -> Polynomial:
        return type(self)([c0] + [Fraction(c, i + 1) for i, c in enumerate(self.coeffs)])

    def __repr__(self) -> str:
        terms = []
        for i, c in reversed(list(enumerate(self.coeffs))):
            if c == 0 and self.degree:
                continue
            coef = "" if c == 1 and i else ("-" if c == -1 and i else str(c))
            terms.append(coef + ("" if i == 0 else "x" if i == 1 else f"x^{i}"))
        return " + ".join(terms).replace("+ -", "- ")


if __name__ == "__main__":
    p = Polynomial.from_roots(1, -2, 3)
    print(p, "| p(2) =", p(2), "| p' =", p.derivative(), "| ∫p =", p.integral())
    print(Polynomial([1, 1]) * Polynomial([1, 1]) == Polynomial([1, 2, 1]))
