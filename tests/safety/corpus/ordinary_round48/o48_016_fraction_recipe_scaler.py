# family: ordinary, blind round 48 (fractions recipe scaler)
from fractions import Fraction
import re

RECIPE = """\
2 1/4 cups flour
1 tsp baking soda
1/2 tsp salt
1 cup butter
3/4 cup sugar
2 eggs
1 1/3 cups chocolate chips
"""

QTY_RE = re.compile(r"^(?:(\d+)\s+)?(\d+)(?:/(\d+))?\s+(.*)$")


def parse_line(line):
    m = QTY_RE.match(line.strip())
    if not m:
        return None, line.strip()
    whole, num, den, rest = m.groups()
    qty = Fraction(int(num), int(den)) if den else Fraction(int(num))
    if whole:
        qty += int(whole)
    return qty, rest


def pretty(q: Fraction) -> str:
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale(recipe: str, factor: Fraction) -> list[str]:
    out = []
    for line in recipe.splitlines():
        qty, rest = parse_line(line)
        if qty is None:
            out.append(rest)
        else:
            # round to the nearest 1/8 so it is measurable
            scaled = Fraction(round(qty * factor * 8), 8)
            out.append(f"{pretty(scaled)} {rest}")
    return out


if __name__ == "__main__":
    for factor in (Fraction(1, 2), Fraction(3, 2)):
        print(f"--- scaled x{factor} ---")
        for line in scale(RECIPE, factor):
            print("  " + line)
