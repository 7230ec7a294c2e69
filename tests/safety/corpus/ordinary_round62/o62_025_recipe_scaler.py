# family: ordinary, blind round 62 (recipe scaling with fractions and unit display)
from fractions import Fraction
import re

RECIPE = """\
2 1/4 cup flour
1 tsp baking soda
1/2 tsp salt
3/4 cup sugar
2 eggs
1 cup butter
"""
UNIT_UP = {"tsp": (3, "tbsp"), "tbsp": (16, "cup")}
QTY_RE = re.compile(r"^(\d+(?: \d+/\d+)?|\d+/\d+)\s+(?:(cup|tsp|tbsp)\s+)?(.+)$")


def parse_qty(s):
    return sum((Fraction(p) for p in s.split()), Fraction(0))


def pretty(q):
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def normalize(qty, unit):
    while unit in UNIT_UP and qty >= UNIT_UP[unit][0]:
        factor, bigger = UNIT_UP[unit]
        qty, unit = qty / factor, bigger
    return qty, unit


def scale(text, factor):
    factor = Fraction(factor)
    for line in text.splitlines():
        m = QTY_RE.match(line)
        if not m:
            yield line
            continue
        qty, unit, what = m.groups()
        q, u = normalize(parse_qty(qty) * factor, unit)
        yield " ".join(x for x in (pretty(q), u, what) if x)


if __name__ == "__main__":
    for factor in ("1/2", 3):
        print(f"--- x{factor} ---")
        print("\n".join(scale(RECIPE, factor)))
