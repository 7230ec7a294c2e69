"""Scale recipe ingredient quantities using fractions and pretty fractions output."""

import re
from fractions import Fraction

QTY_RE = re.compile(r"^\s*(?P<qty>\d+\s+\d+/\d+|\d+/\d+|\d*\.\d+|\d+)\s*(?P<rest>.*)$")
UNICODE_FRACTIONS = {Fraction(1, 2): "½", Fraction(1, 3): "⅓", Fraction(2, 3): "⅔",
                     Fraction(1, 4): "¼", Fraction(3, 4): "¾", Fraction(1, 8): "⅛"}


def parse_quantity(text: str) -> Fraction:
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total


def format_quantity(q: Fraction) -> str:
    q = q.limit_denominator(8)
    whole, frac = divmod(q, 1)
    frac_str = UNICODE_FRACTIONS.get(frac, f"{frac.numerator}/{frac.denominator}" if frac else "")
    if whole and frac_str:
        return f"{whole}{frac_str}"
    return str(whole) if whole else frac_str or "0"


def scale_recipe(lines: list[str], from_servings: int, to_servings: int) -> list[str]:
    factor = Fraction(to_servings, from_servings)
    out = []
    for line in lines:
        m = QTY_RE.match(line)
        if not m:
            out.append(line)
            continue
        out.append(f"{format_quantity(parse_quantity(m['qty']) * factor)} {m['rest']}".strip())
    return out


if __name__ == "__main__":
    recipe = ["2 cups flour", "1 1/2 tsp salt", "3/4 cup sugar", "0.5 l milk", "a pinch of love"]
    print("\n".join(scale_recipe(recipe, 4, 6)))
