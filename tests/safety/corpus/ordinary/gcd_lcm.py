from fractions import Fraction
from functools import reduce
from math import gcd


def lcm(a: int, b: int) -> int:
    return abs(a * b) // gcd(a, b) if a and b else 0


def gcd_many(numbers: list[int]) -> int:
    if not numbers:
        raise ValueError("need at least one number")
    return reduce(gcd, numbers)


def lcm_many(numbers: list[int]) -> int:
    return reduce(lcm, numbers, 1)


def simplify(numerator: int, denominator: int) -> str:
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    value = Fraction(numerator, denominator)
    return f"{value.numerator}/{value.denominator}"


def add_fractions(fractions: list[str]) -> str:
    total = sum((Fraction(f) for f in fractions), Fraction(0))
    whole, rest = divmod(total.numerator, total.denominator)
    if rest == 0:
        return str(whole)
    if whole:
        return f"{whole} {rest}/{total.denominator}"
    return str(total)


def continued_fraction(numerator: int, denominator: int) -> list[int]:
    terms = []
    while denominator:
        q, r = divmod(numerator, denominator)
        terms.append(q)
        numerator, denominator = denominator, r
    return terms
