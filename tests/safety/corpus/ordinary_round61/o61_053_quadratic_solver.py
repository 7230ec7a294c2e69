# family: ordinary, blind round 61 (polynomial root solver, real and complex)
import cmath
import math
from numbers import Real


class DegenerateEquationError(ValueError):
    pass


def _clean(z: complex, digits: int) -> float | dict:
    re_part, im_part = round(z.real, digits), round(z.imag, digits)
    if math.isclose(im_part, 0.0, abs_tol=10 ** -digits):
        return re_part + 0.0
    return {"real": re_part, "imag": im_part, "modulus": round(abs(z), digits),
            "phase_deg": round(math.degrees(cmath.phase(z)), digits)}


def solve_quadratic(a: float, b: float, c: float, digits: int = 6) -> dict:
    """Solve a*x^2 + b*x + c = 0, returning real or complex roots plus the vertex.

    Falls back to the linear solution when a == 0.
    """
    if not all(isinstance(v, Real) for v in (a, b, c)):
        raise TypeError("coefficients must be real numbers")
    if a == 0:
        if b == 0:
            raise DegenerateEquationError("no variable term: equation is constant")
        return {"kind": "linear", "roots": [round(-c / b, digits)]}
    disc = b * b - 4 * a * c
    sqrt_d = cmath.sqrt(disc)
    # numerically stable form avoids cancellation when b is large
    q = -0.5 * (b + math.copysign(1, b) * sqrt_d) if b else -0.5 * sqrt_d
    r1 = q / a
    r2 = c / q if q != 0 else -r1
    kind = "two real" if disc > 0 else "repeated real" if disc == 0 else "complex conjugate"
    roots = sorted((_clean(r1, digits), _clean(r2, digits)), key=lambda r: r if isinstance(r, float) else r["imag"])
    vertex_x = -b / (2 * a)
    return {
        "kind": kind,
        "discriminant": disc,
        "roots": roots,
        "vertex": [round(vertex_x, digits), round(a * vertex_x ** 2 + b * vertex_x + c, digits)],
        "opens": "up" if a > 0 else "down",
    }


if __name__ == "__main__":
    print(solve_quadratic(1, -3, 2))
    print(solve_quadratic(1, 2, 5))
    print(solve_quadratic(1, -1e4, 1))
    print(solve_quadratic(0, 2, -8))
