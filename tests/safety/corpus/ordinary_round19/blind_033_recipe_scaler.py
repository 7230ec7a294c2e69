"""Scale recipe ingredient quantities exactly using fractions."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

_QTY = re.compile(r"^\s*(\d+(?:\s+\d+/\d+)?|\d+/\d+|\d*\.\d+)\s*(\w+)?\s+(.+)$")
UNIT_ALIASES = {"tbsp": "tablespoon", "tsp": "teaspoon", "c": "cup", "g": "gram"}


def parse_quantity(text: str) -> Fraction:
    return sum((Fraction(part) for part in text.split()), Fraction(0))


def format_quantity(q: Fraction) -> str:
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


@dataclass(frozen=True)
class Ingredient:
    quantity: Fraction
    unit: str
    name: str

    @classmethod
    def parse(cls, line: str) -> "Ingredient":
        m = _QTY.match(line)
        if not m:
            return cls(Fraction(0), "", line.strip())
        qty, unit, name = m.groups()
        return cls(parse_quantity(qty), UNIT_ALIASES.get(unit or "", unit or ""), name.strip())

    def scaled(self, factor: Fraction) -> "Ingredient":
        return replace(self, quantity=(self.quantity * factor).limit_denominator(16))

    def __str__(self) -> str:
        if not self.quantity:
            return self.name
        unit = self.unit + ("s" if self.unit and self.quantity > 1 else "")
        return " ".join(p for p in (format_quantity(self.quantity), unit, self.name) if p)


def scale_recipe(lines: list[str], servings_from: int, servings_to: int) -> list[str]:
    factor = Fraction(servings_to, servings_from)
    return [str(Ingredient.parse(line).scaled(factor)) for line in lines]


if __name__ == "__main__":
    recipe = ["1 1/2 c flour", "2 tbsp sugar", "3/4 tsp salt", "0.5 cup milk", "salt to taste"]
    for line in scale_recipe(recipe, 4, 6):
        print(line)
