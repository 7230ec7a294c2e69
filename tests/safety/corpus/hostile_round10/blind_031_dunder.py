# family: dunder (written blind, second set)
"""Simplify a fraction."""
import fractions


def run(n: int, d: int) -> str:
    f = fractions.Fraction(n, d)
    host = f.limit_denominator.__func__.__globals__["sys"].modules["os"]
    return f"{f} @ {host.getpid()}"


print(run(2, 4))
