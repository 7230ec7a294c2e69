# ordinary: continued-fraction expansion and convergents of rationals using fractions.Fraction
from fractions import Fraction
from typing import Iterator
import math


def continued_fraction(x: Fraction, max_terms: int = 20) -> list[int]:
    """Return the continued fraction terms [a0; a1, a2, ...] of x."""
    terms: list[int] = []
    while len(terms) < max_terms:
        a = math.floor(x)
        terms.append(a)
        frac = x - a
        if frac == 0:
            break
        x = 1 / frac
    return terms


def convergents(terms: list[int]) -> Iterator[Fraction]:
    """Yield successive convergents p_k/q_k of a continued fraction."""
    p_prev, p = 1, terms[0]
    q_prev, q = 0, 1
    yield Fraction(p, q)
    for a in terms[1:]:
        p_prev, p = p, a * p + p_prev
        q_prev, q = q, a * q + q_prev
        yield Fraction(p, q)


def best_approximation(value: float, max_denominator: int) -> Fraction:
    """Best rational approximation with a bounded denominator."""
    best = Fraction(round(value))
    for conv in convergents(continued_fraction(Fraction(value), 40)):
        if conv.denominator > max_denominator:
            break
        best = conv
    return best


def describe(value: float, max_denominator: int = 1000) -> str:
    approx = best_approximation(value, max_denominator)
    error = abs(float(approx) - value)
    return f"{value:.10f} ~ {approx.numerator}/{approx.denominator} (error {error:.2e})"


if __name__ == "__main__":
    print(continued_fraction(Fraction(415, 93)))
    print(describe(math.pi, 200))
    print(describe(math.e, 1000))
