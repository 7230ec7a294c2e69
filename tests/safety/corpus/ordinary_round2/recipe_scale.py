# ordinary: scale recipe ingredient quantities using Fraction and print kitchen-friendly mixed numbers
import re
from fractions import Fraction
from dataclasses import dataclass

_QTY = re.compile(r"^\s*(?:(?P<whole>\d+)\s+)?(?P<num>\d+)(?:/(?P<den>\d+))?\s+(?P<rest>.+)$")


@dataclass
class Ingredient:
    quantity: Fraction
    unit_and_name: str

    @classmethod
    def parse(cls, line: str) -> "Ingredient":
        m = _QTY.match(line)
        if not m:
            raise ValueError(f"cannot parse ingredient line: {line!r}")
        qty = Fraction(int(m["num"]), int(m["den"] or 1))
        if m["whole"]:
            qty += int(m["whole"])
        return cls(qty, m["rest"].strip())

    def scaled(self, factor: Fraction) -> "Ingredient":
        return Ingredient(self.quantity * factor, self.unit_and_name)

    def __str__(self) -> str:
        return f"{mixed_number(self.quantity)} {self.unit_and_name}"


def mixed_number(q: Fraction, max_den: int = 8) -> str:
    q = q.limit_denominator(max_den)
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale_recipe(lines: list[str], serves: int, wanted: int) -> list[str]:
    factor = Fraction(wanted, serves)
    return [str(Ingredient.parse(line).scaled(factor)) for line in lines]


if __name__ == "__main__":
    pancakes = ["1 1/2 cups flour", "3 1/2 tsp baking powder", "1 tbsp sugar", "1/4 tsp salt", "1 1/4 cups milk", "1 egg"]
    print("Serves 4 -> 6:")
    for line in scale_recipe(pancakes, 4, 6):
        print("  -", line)
    print("Serves 4 -> 1:", scale_recipe(pancakes, 4, 1))
