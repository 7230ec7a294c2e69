# ordinary: exact-fraction calculator for simple "a op b" expressions
import operator
import re
from fractions import Fraction

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}

TOKEN = re.compile(r"\s*(-?\d+(?:/\d+)?|-?\d*\.\d+)\s*([-+*/])\s*(-?\d+(?:/\d+)?|-?\d*\.\d+)\s*$")


def parse_number(text):
    return Fraction(text)


def evaluate(expression):
    match = TOKEN.match(expression)
    if not match:
        raise ValueError(f"could not parse {expression!r}; expected e.g. '1/3 + 1/6'")
    left, op, right = match.groups()
    try:
        return OPS[op](parse_number(left), parse_number(right))
    except ZeroDivisionError:
        raise ValueError("division by zero") from None


def as_mixed(value):
    """Render a Fraction as a mixed number, e.g. 7/3 -> '2 1/3'."""
    if value.denominator == 1:
        return str(value.numerator)
    whole, rest = divmod(abs(value.numerator), value.denominator)
    sign = "-" if value < 0 else ""
    if whole == 0:
        return f"{sign}{rest}/{value.denominator}"
    return f"{sign}{whole} {rest}/{value.denominator}"


if __name__ == "__main__":
    for expr in ["1/3 + 1/6", "7/4 * 2", "0.25 - 3/8", "5 / 0", "oops"]:
        try:
            result = evaluate(expr)
            print(f"{expr:>12} = {result} ({as_mixed(result)}, ~{float(result):.4f})")
        except ValueError as exc:
            print(f"{expr:>12} -> error: {exc}")
