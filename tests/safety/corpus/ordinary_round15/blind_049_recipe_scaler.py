"""Scale recipe ingredient quantities exactly using fractions, printing kitchen-friendly amounts."""
import re
from fractions import Fraction

QTY = re.compile(r"^\s*(\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?)\s*(.*)$")
NICE = {Fraction(1, 4): "¼", Fraction(1, 3): "⅓", Fraction(1, 2): "½", Fraction(2, 3): "⅔",
        Fraction(3, 4): "¾", Fraction(1, 8): "⅛"}


def parse_qty(text: str) -> Fraction:
    text = text.strip()
    if " " in text:
        whole, frac = text.split()
        return int(whole) + Fraction(frac)
    return Fraction(text)


def pretty(q: Fraction) -> str:
    q = q.limit_denominator(8)
    whole, rem = divmod(q, 1)
    if rem == 0:
        return str(whole)
    sym = NICE.get(rem, f"{rem.numerator}/{rem.denominator}")
    return f"{whole} {sym}" if whole else sym


def scale_recipe(lines: list, from_servings: int, to_servings: int) -> list:
    factor = Fraction(to_servings, from_servings)
    out = []
    for line in lines:
        m = QTY.match(line)
        if not m:
            out.append(line)
            continue
        qty = parse_qty(m.group(1)) * factor
        out.append(f"{pretty(qty)} {m.group(2)}".strip())
    return out


if __name__ == "__main__":
    recipe = ["1 1/2 cups flour", "2/3 cup sugar", "3 eggs", "0.5 tsp salt", "butter to grease"]
    print(scale_recipe(recipe, 4, 6))
    print(scale_recipe(recipe, 4, 2))
