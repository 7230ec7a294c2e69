# family: ordinary, blind round 61 (recipe scaler with exact fractions)
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import reduce
from math import lcm

QTY_RE = re.compile(r"^\s*(?:(?P<whole>\d+)\s+)?(?P<num>\d+)(?:/(?P<den>\d+))?\s*(?P<rest>.*)$")


@dataclass
class Ingredient:
    quantity: Fraction
    rest: str

    def scaled(self, factor: Fraction) -> "Ingredient":
        return Ingredient(self.quantity * factor, self.rest)


def _parse_line(line: str) -> Ingredient:
    m = QTY_RE.match(line)
    if not m:
        raise ValueError(f"cannot find a quantity in {line!r}")
    qty = Fraction(int(m["num"]), int(m["den"] or 1)) + int(m["whole"] or 0)
    return Ingredient(qty, m["rest"])


def _pretty(q: Fraction) -> str:
    whole, remainder = divmod(q.numerator, q.denominator)
    frac = f"{remainder}/{q.denominator}" if remainder else ""
    return " ".join(p for p in (str(whole) if whole else "", frac) if p) or "0"


def scale_recipe(lines: list[str], from_servings: int, to_servings: int) -> dict:
    """Scale ingredient quantities like '1 1/2 cups flour' exactly using fractions."""
    if from_servings <= 0 or to_servings <= 0:
        raise ValueError("servings must be positive")
    factor = Fraction(to_servings, from_servings)
    scaled = [_parse_line(l).scaled(factor) for l in lines]
    common_den = reduce(lcm, (i.quantity.denominator for i in scaled), 1)
    return {
        "factor": str(factor),
        "ingredients": [f"{_pretty(i.quantity)} {i.rest}".strip() for i in scaled],
        "decimal": [round(float(i.quantity), 3) for i in scaled],
        "common_denominator": common_den,
    }


if __name__ == "__main__":
    recipe = ["1 1/2 cups flour", "3/4 cup sugar", "2 eggs", "1/3 cup milk", "1 tsp vanilla"]
    print(scale_recipe(recipe, from_servings=4, to_servings=6))
    print(scale_recipe(recipe, from_servings=4, to_servings=2))
