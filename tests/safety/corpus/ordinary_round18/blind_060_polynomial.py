"""Polynomial arithmetic with evaluation, differentiation and quadratic/complex roots."""
from __future__ import annotations

import cmath
from itertools import zip_longest
from typing import Iterator, Sequence


class Polynomial:
    """Coefficients are stored lowest degree first: [1, 0, 2] == 1 + 2x^2."""

    def __init__(self, coeffs: Sequence[float]) -> None:
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots: float) -> "Polynomial":
        result = cls([1])
        for r in roots:
            result = result * cls([-r, 1])
        return result

    @property
    def degree(self) -> int:
        return len(self.coeffs) - 1

    def __call__(self, x: complex) -> complex:
        result = 0
        for c in reversed(self.coeffs):  # Horner's method
            result = result * x + c
        return result

    def __add__(self, other: "Polynomial | float") -> "Polynomial":
        other = other if isinstance(other, Polynomial) else Polynomial([other])
        return Polynomial([a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0)])

    __radd__ = __add__

    def __sub__(self, other: "Polynomial | float") -> "Polynomial":
        return self + other * -1

    def __mul__(self, other: "Polynomial | float") -> "Polynomial":
        if not isinstance(other, Polynomial):
            return Polynomial([c * other for c in self.coeffs])
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __iter__(self) -> Iterator[float]:
        return iter(self.coeffs)

    def derivative(self) -> "Polynomial":
        return Polynomial([i * c for i, c in enumerate(self.coeffs)][1:])

    def roots(self) -> list[complex]:
        if self.degree != 2:
            raise NotImplementedError("only quadratic roots are supported")
        c, b, a = self.coeffs
        disc = cmath.sqrt(b * b - 4 * a * c)
        return [(-b + disc) / (2 * a), (-b - disc) / (2 * a)]

    def __str__(self) -> str:
        terms = [f"{c:g}" + ("" if i == 0 else "x" if i == 1 else f"x^{i}") for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)).replace("+ -", "- ") or "0"


if __name__ == "__main__":
    p = Polynomial.from_roots(1, -2, 3)
    print(p, "| p(3) =", p(3), "| p' =", p.derivative(), "| 2p-1 =", 2 * p - 1)
    print(Polynomial([5, 2, 1]).roots(), Polynomial([-4, 0, 1]).roots(), list(1 + Polynomial([0, 1])))
