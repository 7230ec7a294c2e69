# family: ordinary, blind round 59 (solve quadratic equations including complex roots)
import cmath
import math
from fractions import Fraction
from typing import Tuple, Union

Number = Union[int, float, Fraction]


def solve_quadratic(a: Number, b: Number, c: Number) -> Tuple[complex, ...]:
    if a == 0:
        if b == 0:
            raise ValueError("not an equation: a and b are both zero")
        return (complex(-c / b),)
    disc = b * b - 4 * a * c
    root = cmath.sqrt(disc)
    r1 = (-b + root) / (2 * a)
    r2 = (-b - root) / (2 * a)
    return (r1,) if disc == 0 else (r1, r2)


def fmt(z: complex) -> str:
    real = 0.0 if abs(z.real) < 1e-12 else z.real
    if abs(z.imag) < 1e-12:
        return f"{real:g}"
    sign = "+" if z.imag >= 0 else "-"
    return f"{real:g} {sign} {abs(z.imag):g}i"


def describe(a: Number, b: Number, c: Number) -> str:
    roots = solve_quadratic(a, b, c)
    disc = b * b - 4 * a * c
    kind = ("linear" if a == 0 else "double real root" if disc == 0
            else "two real roots" if disc > 0 else "complex conjugate roots")
    vertex = ""
    if a:
        vx = -b / (2 * a)
        vertex = f", vertex at ({vx:g}, {a * vx * vx + b * vx + c:g})"
    return f"{a}x² + {b}x + {c} = 0 -> {kind}: " + ", ".join(fmt(r) for r in roots) + vertex


if __name__ == "__main__":
    for coeffs in [(1, -3, 2), (1, 2, 1), (1, 0, 4), (2, 3, -5), (0, 2, -8), (1, 1, 1)]:
        print(describe(*coeffs))
    r = solve_quadratic(1, -math.sqrt(2) * 2, 2)
    print("near-double root:", [fmt(x) for x in r])
    try:
        solve_quadratic(0, 0, 1)
    except ValueError as exc:
        print("error:", exc)
