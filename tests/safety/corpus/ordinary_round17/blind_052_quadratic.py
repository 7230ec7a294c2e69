"""Solve polynomial equations, including complex roots, using cmath."""
import cmath
import math


def _clean(z: complex, eps: float = 1e-12):
    real = 0.0 if abs(z.real) < eps else z.real
    if abs(z.imag) < eps:
        return real
    return complex(real, z.imag)


def solve_quadratic(a: float, b: float, c: float) -> tuple:
    if a == 0:
        if b == 0:
            raise ValueError("not an equation (a = b = 0)")
        return (-c / b,)
    disc = cmath.sqrt(b * b - 4 * a * c)
    return tuple(sorted({_clean((-b + s * disc) / (2 * a)) for s in (1, -1)}, key=lambda z: (complex(z).real, complex(z).imag)))


def solve_cubic(a: float, b: float, c: float, d: float) -> list:
    """Durand-Kerner iteration for the three roots of a cubic."""
    if a == 0:
        return list(solve_quadratic(b, c, d))
    b, c, d = b / a, c / a, d / a
    f = lambda z: ((z + b) * z + c) * z + d
    roots = [complex(0.4, 0.9) ** k for k in range(3)]
    for _ in range(500):
        new = []
        for i, r in enumerate(roots):
            denom = math.prod(r - roots[j] for j in range(3) if j != i)
            new.append(r - f(r) / denom)
        if max(abs(x - y) for x, y in zip(new, roots)) < 1e-14:
            roots = new
            break
        roots = new
    return sorted((_clean(complex(round(r.real, 10), round(r.imag, 10))) for r in roots),
                  key=lambda z: (complex(z).real, complex(z).imag))


def polar(z: complex) -> str:
    r, phi = cmath.polar(z)
    return f"{r:.4g} ∠ {math.degrees(phi):.2f}°"


if __name__ == "__main__":
    print(solve_quadratic(1, -3, 2))
    print(solve_quadratic(1, 2, 5))
    print(solve_quadratic(0, 2, -4))
    print(solve_cubic(1, -6, 11, -6))
    print(solve_cubic(1, 0, 0, -1))
    print(polar(1 + 1j))
