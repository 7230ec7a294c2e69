"""Exact rational-number helpers: continued fractions, best approximations, mixed numbers."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import gcd, lcm
from typing import Iterator


def continued_fraction(x: Fraction, max_terms: int = 20) -> list[int]:
    terms = []
    while len(terms) < max_terms:
        whole = x.numerator // x.denominator
        terms.append(whole)
        x -= whole
        if x == 0:
            break
        x = 1 / x
    return terms


def convergents(terms: list[int]) -> Iterator[Fraction]:
    h_prev, h = 1, terms[0]
    k_prev, k = 0, 1
    yield Fraction(h, k)
    for a in terms[1:]:
        h_prev, h = h, a * h + h_prev
        k_prev, k = k, a * k + k_prev
        yield Fraction(h, k)


def to_mixed(value: Fraction) -> str:
    sign = "-" if value < 0 else ""
    whole, rem = divmod(abs(value.numerator), value.denominator)
    if rem == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole} {rem}/{value.denominator}" if whole else f"{sign}{rem}/{value.denominator}"


def parse_mixed(text: str) -> Fraction:
    text = text.strip()
    sign = -1 if text.startswith("-") else 1
    parts = text.lstrip("-").split()
    return sign * sum((Fraction(p) for p in parts), Fraction(0))


def common_denominator(values: list[Fraction]) -> tuple[int, list[int]]:
    denom = lcm(*(v.denominator for v in values))
    return denom, [v.numerator * (denom // v.denominator) for v in values]


def recipe_scale(ingredients: dict[str, str], factor: str) -> dict[str, str]:
    f = parse_mixed(factor)
    return {name: to_mixed(parse_mixed(qty) * f) for name, qty in ingredients.items()}


if __name__ == "__main__":
    pi = Fraction(Decimal("3.14159265358979"))
    print(continued_fraction(pi, 6), [str(c) for c in convergents(continued_fraction(pi, 5))])
    print(Fraction(0.1).limit_denominator(1000), gcd(84, 36), common_denominator([Fraction(1, 4), Fraction(5, 6)]))
    print(recipe_scale({"flour": "2 1/4", "sugar": "3/4", "eggs": "2", "butter": "-1/3"}, "1 1/2"))
