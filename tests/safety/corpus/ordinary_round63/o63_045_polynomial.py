# family: ordinary, blind round 63 (polynomial arithmetic with operator overloading)
from fractions import Fraction
from itertools import zip_longest


class Polynomial:
    """Coefficients stored lowest degree first: [1, 0, 2] == 1 + 2x^2."""

    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = tuple(coeffs or [0])

    @classmethod
    def from_roots(cls, *roots):
        result = cls([1])
        for r in roots:
            result *= cls([-r, 1])
        return result

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        total = 0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total

    def __add__(self, other):
        other = other if isinstance(other, Polynomial) else Polynomial([other])
        return Polynomial(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0))

    __radd__ = __add__

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        if not isinstance(other, Polynomial):
            return Polynomial(c * other for c in self.coeffs)
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def derivative(self):
        return Polynomial(i * c for i, c in enumerate(self.coeffs) if i)

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __bool__(self):
        return self.coeffs != (0,)

    def __str__(self):
        terms = []
        for power, c in reversed(list(enumerate(self.coeffs))):
            if c == 0:
                continue
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            coef = "" if c == 1 and power else "-" if c == -1 and power else str(c)
            terms.append(f"{coef}{var}")
        return " + ".join(terms).replace("+ -", "- ") or "0"


if __name__ == "__main__":
    p = Polynomial.from_roots(1, -2, 3)
    print(p, "| degree", p.degree, "| p(3) =", p(3))
    q = Polynomial([Fraction(1, 2), 0, 1])
    print(q, "|", p + q, "|", p - p, bool(p - p))
    print(p.derivative(), "|", (q * 2), "|", q(Fraction(1, 3)))
    print(Polynomial([1, 1]) * Polynomial([1, -1]) == Polynomial([1, 0, -1]))
