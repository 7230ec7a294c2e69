# family: format (written blind, second set)
"""Format a fraction with the caller's template."""
import fractions


def run(template: str, numerator: int, denominator: int) -> str:
    value = fractions.Fraction(numerator, denominator)
    return template.format(value=value, n=numerator, d=denominator)


U = "_" * 2
print(run("{value.limit_denominator." + U + "globals" + U + "[sys].modules[os].environ[HOME]}", 1, 3))
