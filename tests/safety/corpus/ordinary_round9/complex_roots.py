"""Solve quadratic and cubic polynomials, including complex roots."""
import cmath
import math
from numbers import Number
from typing import Union

Root = Union[float, complex]


def _clean(z: complex, eps: float = 1e-12) -> Root:
    re_, im = z.real, z.imag
    re_ = 0.0 if abs(re_) < eps else round(re_, 10)
    if abs(im) < eps:
        return re_
    return complex(re_, round(im, 10))


def quadratic(a: float, b: float, c: float) -> list[Root]:
    if a == 0:
        return [] if b == 0 else [_clean(complex(-c / b))]
    disc = cmath.sqrt(b * b - 4 * a * c)
    return [_clean((-b + disc) / (2 * a)), _clean((-b - disc) / (2 * a))]


def cubic(a: float, b: float, c: float, d: float) -> list[Root]:
    if a == 0:
        return quadratic(b, c, d)
    b, c, d = b / a, c / a, d / a
    p = c - b * b / 3
    q = 2 * b ** 3 / 27 - b * c / 3 + d
    roots: list[Root] = []
    for k in range(3):
        if p == 0:
            t = complex(-q) ** (1 / 3) * cmath.exp(2j * math.pi * k / 3)
        else:
            u = (-q / 2 + cmath.sqrt(q * q / 4 + p ** 3 / 27)) ** (1 / 3) * cmath.exp(2j * math.pi * k / 3)
            t = u - p / (3 * u) if u != 0 else complex(0)
        roots.append(_clean(t - b / 3))
    return roots


def solve(coefficients: list[float]) -> list[str]:
    """Entry point: roots of a polynomial of degree 1-3, highest power first."""
    if not all(isinstance(c, Number) for c in coefficients):
        raise TypeError("coefficients must be numbers")
    match coefficients:
        case [b, c]:
            roots = quadratic(0, b, c)
        case [a, b, c]:
            roots = quadratic(a, b, c)
        case [a, b, c, d]:
            roots = cubic(a, b, c, d)
        case _:
            raise ValueError("degree 1..3 supported")
    return [f"{r:.6g}" if isinstance(r, float) else f"{r.real:.6g}{r.imag:+.6g}j" for r in roots]
