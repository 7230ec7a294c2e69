"""Solve quadratic (and degenerate linear) equations, including complex roots."""
import cmath
import math
import numbers
import warnings

Number = int | float


def _clean(z: complex, digits: int) -> complex | float:
    z = complex(round(z.real, digits), round(z.imag, digits))
    return z.real if z.imag == 0 else z


def solve_quadratic(a: Number, b: Number, c: Number, digits: int = 6) -> dict:
    for name, value in (("a", a), ("b", b), ("c", c)):
        if not isinstance(value, numbers.Real) or isinstance(value, bool):
            raise TypeError(f"coefficient {name} must be a real number, got {type(value).__name__}")
        if not math.isfinite(value):
            raise ValueError(f"coefficient {name} is not finite")
    if a == 0:
        warnings.warn("a == 0: equation is linear, not quadratic", RuntimeWarning, stacklevel=2)
        if b == 0:
            return {"kind": "degenerate", "roots": [], "identity": c == 0}
        return {"kind": "linear", "roots": [round(-c / b, digits)]}
    disc = b * b - 4 * a * c
    sq = cmath.sqrt(disc)
    r1 = (-b + sq) / (2 * a)
    r2 = (-b - sq) / (2 * a)
    kind = "two real" if disc > 0 else "one repeated" if disc == 0 else "complex conjugate"
    vertex_x = -b / (2 * a)
    roots = [_clean(r1, digits)] if disc == 0 else [_clean(r1, digits), _clean(r2, digits)]
    return {
        "kind": kind,
        "discriminant": disc,
        "roots": [str(r) if isinstance(r, complex) else r for r in roots],
        "vertex": (round(vertex_x, digits), round(a * vertex_x ** 2 + b * vertex_x + c, digits)),
        "opens": "up" if a > 0 else "down",
    }


if __name__ == "__main__":
    print(solve_quadratic(1, -3, 2))
    print(solve_quadratic(1, 2, 5))
    print(solve_quadratic(2, 4, 2))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(solve_quadratic(0, 2, -8), [str(w.message) for w in caught])
