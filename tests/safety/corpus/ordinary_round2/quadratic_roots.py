# ordinary: solve quadratic and cubic equations, including complex roots, with cmath/math
import cmath
import math
from typing import Tuple, Union

Root = Union[float, complex]


def _clean(z: complex, eps: float = 1e-12) -> Root:
    """Drop negligible imaginary parts so real roots come back as floats."""
    if abs(z.imag) < eps:
        return z.real
    return complex(round(z.real, 12), round(z.imag, 12))


def solve_quadratic(a: float, b: float, c: float) -> Tuple[Root, ...]:
    if a == 0:
        if b == 0:
            raise ValueError("not an equation: a and b are both zero")
        return (-c / b,)
    disc = b * b - 4 * a * c
    root = cmath.sqrt(disc)
    # numerically stable form avoids cancellation when b is large
    q = -0.5 * (b + math.copysign(1, b) * root) if b else -0.5 * root
    r1 = q / a
    r2 = c / q if q != 0 else -r1
    return tuple(sorted({_clean(r1), _clean(r2)}, key=lambda r: (complex(r).real, complex(r).imag)))


def solve_cubic_real(a: float, b: float, c: float, d: float, iterations: int = 60) -> float:
    """One real root of a cubic by bisection on a bracket found by expansion."""
    f = lambda x: ((a * x + b) * x + c) * x + d
    lo, hi = -1.0, 1.0
    while f(lo) * f(hi) > 0:
        lo, hi = lo * 2, hi * 2
    for _ in range(iterations):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


def describe(a: float, b: float, c: float) -> str:
    roots = solve_quadratic(a, b, c)
    kinds = "complex" if any(isinstance(r, complex) for r in roots) else "real"
    shown = ", ".join(f"{r:.4g}" if isinstance(r, float) else f"{r.real:.4g}{r.imag:+.4g}j" for r in roots)
    return f"{a}x² + {b}x + {c} = 0 -> {len(roots)} {kinds} root(s): {shown}"


if __name__ == "__main__":
    for coeffs in [(1, -3, 2), (1, 2, 5), (1, 2, 1), (0, 2, -4), (1e-3, 1e6, 1)]:
        print(describe(*coeffs))
    print(f"cubic x^3 - 2x - 5: {solve_cubic_real(1, 0, -2, -5):.10f}")
