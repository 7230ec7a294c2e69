"""Scale recipe ingredient quantities, keeping nice fractions."""
import re
from fractions import Fraction

QUANTITY_RE = re.compile(r"^\s*(?P<qty>\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?)\s*(?P<rest>.*)$")
UNICODE_FRACTIONS = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅛": "1/8"}
NICE_DENOMINATORS = (2, 3, 4, 8)


def parse_quantity(text: str) -> Fraction:
    text = text.strip()
    if " " in text:
        whole, frac = text.split()
        return Fraction(int(whole)) + Fraction(frac)
    return Fraction(text)


def pretty(q: Fraction) -> str:
    best = min((Fraction(round(q * d), d) for d in NICE_DENOMINATORS), key=lambda f: abs(f - q))
    if abs(best - q) > Fraction(1, 16) and q.denominator not in NICE_DENOMINATORS:
        return f"{float(q):.2f}".rstrip("0").rstrip(".")
    whole, rem = divmod(best.numerator, best.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{best.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale_recipe(lines: list[str], from_servings: int, to_servings: int) -> list[str]:
    factor = Fraction(to_servings, from_servings)
    out = []
    for line in lines:
        for sym, ascii_frac in UNICODE_FRACTIONS.items():
            line = line.replace(sym, f" {ascii_frac}" if line[:line.find(sym)].strip().isdigit() else ascii_frac)
        m = QUANTITY_RE.match(line)
        if not m:
            out.append(line.strip())
            continue
        qty = parse_quantity(m["qty"]) * factor
        out.append(f"{pretty(qty)} {m['rest']}".strip())
    return out


if __name__ == "__main__":
    recipe = ["2 1/4 cups flour", "¾ cup sugar", "1½ tsp baking soda", "3 eggs", "salt to taste", "0.5 l milk"]
    for line in scale_recipe(recipe, 4, 6):
        print(line)
