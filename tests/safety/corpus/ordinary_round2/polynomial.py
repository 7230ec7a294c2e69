# ordinary: small Polynomial class with arithmetic operators, evaluation, derivative and pretty printing
from __future__ import annotations

from itertools import zip_longest
from typing import Iterable


class Polynomial:
    """Coefficients stored lowest degree first: Polynomial([1, 0, 2]) is 2x^2 + 1."""

    __slots__ = ("coeffs",)

    def __init__(self, coeffs: Iterable[float]):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.coeffs = c or [0]

    @property
    def degree(self) -> int:
        return len(self.coeffs) - 1

    def __call__(self, x: float) -> float:
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other: Polynomial) -> Polynomial:
        return Polynomial(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0))

    def __neg__(self) -> Polynomial:
        return Polynomial(-c for c in self.coeffs)

    def __sub__(self, other: Polynomial) -> Polynomial:
        return self + (-other)

    def __mul__(self, other: Polynomial | float) -> Polynomial:
        if isinstance(other, (int, float)):
            return Polynomial(c * other for c in self.coeffs)
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __hash__(self) -> int:
        return hash(tuple(self.coeffs))

    def derivative(self) -> Polynomial:
        return Polynomial(i * c for i, c in enumerate(self.coeffs) if i)

    def __repr__(self) -> str:
        return f"Polynomial({self.coeffs!r})"

    def __str__(self) -> str:
        terms = []
        for power in range(self.degree, -1, -1):
            c = self.coeffs[power]
            if c == 0 and self.degree:
                continue
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            coef = "" if abs(c) == 1 and power else f"{abs(c):g}"
            terms.append(("-" if c < 0 else "+", coef + var))
        sign, first = terms[0]
        return (("-" if sign == "-" else "") + first + "".join(f" {s} {t}" for s, t in terms[1:]))


if __name__ == "__main__":
    p = Polynomial([1, -3, 2])
    q = Polynomial([0, 1])
    print(p, "|", q, "|", p * q, "|", p - q, "|", 3 * p)
    print("p(2) =", p(2), " p' =", p.derivative())
