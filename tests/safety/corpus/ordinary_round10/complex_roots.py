"""Solve quadratic and cubic equations, including complex roots, using cmath."""

import cmath
import math
import numbers
from array import array
from pprint import pformat


def _clean(z: complex, digits: int = 6) -> complex | float:
    z = complex(round(z.real, digits), round(z.imag, digits))
    return z.real if z.imag == 0 else z


def quadratic_roots(a: float, b: float, c: float) -> list[complex | float]:
    if a == 0:
        if b == 0:
            raise ValueError("not an equation")
        return [_clean(complex(-c / b))]
    disc = cmath.sqrt(b * b - 4 * a * c)
    return [_clean((-b + disc) / (2 * a)), _clean((-b - disc) / (2 * a))]


def cubic_roots(a: float, b: float, c: float, d: float) -> list[complex | float]:
    """Cardano's method for a*x^3 + b*x^2 + c*x + d = 0."""
    if a == 0:
        return quadratic_roots(b, c, d)
    b, c, d = b / a, c / a, d / a
    p = c - b * b / 3
    q = 2 * b ** 3 / 27 - b * c / 3 + d
    delta = cmath.sqrt((q / 2) ** 2 + (p / 3) ** 3)
    u = (-q / 2 + delta) ** (1 / 3) if (-q / 2 + delta) != 0 else (-q / 2 - delta) ** (1 / 3)
    omega = cmath.exp(2j * math.pi / 3)
    roots = []
    for k in range(3):
        uk = u * omega ** k
        roots.append(_clean(uk - p / (3 * uk) - b / 3 if uk != 0 else -b / 3))
    return roots


def solve_polynomial(coefficients: list[float]) -> str:
    if not all(isinstance(x, numbers.Real) for x in coefficients):
        raise TypeError("coefficients must be real numbers")
    coeffs = array("d", coefficients)
    if len(coeffs) == 3:
        roots = quadratic_roots(*coeffs)
    elif len(coeffs) == 4:
        roots = cubic_roots(*coeffs)
    else:
        raise ValueError("give 3 (quadratic) or 4 (cubic) coefficients")
    return pformat({"coefficients": coeffs.tolist(), "roots": roots})


if __name__ == "__main__":
    print(solve_polynomial([1, -3, 2]))
    print(solve_polynomial([1, 2, 5]))
    print(solve_polynomial([1, -6, 11, -6]))
