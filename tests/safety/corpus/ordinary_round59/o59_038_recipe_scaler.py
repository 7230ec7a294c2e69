# family: ordinary, blind round 59 (scale recipe ingredient quantities with fractions)
import re
from fractions import Fraction
from typing import List

QTY_RE = re.compile(r"^\s*(?P<qty>\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?)\s*(?P<rest>.*)$")
NICE_DENOMS = (2, 3, 4, 8)


def parse_quantity(text: str) -> Fraction:
    parts = text.split()
    return sum((Fraction(p) for p in parts), Fraction(0))


def pretty(q: Fraction) -> str:
    best = min((Fraction(round(q * d), d) for d in NICE_DENOMS), key=lambda f: abs(f - q))
    if abs(best - q) > Fraction(1, 16):
        return f"{float(q):.2f}".rstrip("0").rstrip(".")
    whole, rem = divmod(best.numerator, best.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{best.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale_recipe(lines: List[str], from_servings: int, to_servings: int) -> List[str]:
    factor = Fraction(to_servings, from_servings)
    out = []
    for line in lines:
        m = QTY_RE.match(line)
        if not m:
            out.append(line)
            continue
        qty = parse_quantity(m["qty"]) * factor
        out.append(f"{pretty(qty)} {m['rest']}")
    return out


if __name__ == "__main__":
    pancakes = ["1 1/2 cups flour", "3/4 cup milk", "2 eggs", "1 tbsp sugar",
                "0.5 tsp salt", "pinch of nutmeg", "2 1/3 tbsp butter"]
    for servings in (2, 6):
        print(f"--- {servings} servings (from 4) ---")
        print("\n".join(scale_recipe(pancakes, 4, servings)))
