# family: ordinary, blind round 63 (recipe scaler using fractions for exact quantities)
from dataclasses import dataclass
from fractions import Fraction


def pretty_fraction(q):
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


@dataclass(frozen=True)
class Ingredient:
    name: str
    amount: Fraction
    unit: str = ""

    @classmethod
    def parse(cls, line):
        parts = line.split()
        amount = sum((Fraction(p) for p in parts[:2] if "/" in p or p.isdigit()), Fraction(0))
        consumed = sum(1 for p in parts[:2] if "/" in p or p.isdigit())
        rest = parts[consumed:]
        unit = rest[0] if len(rest) > 1 else ""
        return cls(" ".join(rest[1:] if unit else rest), amount, unit)

    def __mul__(self, factor):
        return Ingredient(self.name, self.amount * Fraction(factor), self.unit)

    def __str__(self):
        return f"{pretty_fraction(self.amount)} {self.unit} {self.name}".replace("  ", " ")


class Recipe:
    def __init__(self, title, servings, ingredients):
        self.title, self.servings, self.ingredients = title, servings, list(ingredients)

    @classmethod
    def from_text(cls, title, servings, text):
        return cls(title, servings, [Ingredient.parse(l) for l in text.strip().splitlines()])

    def scaled(self, servings):
        factor = Fraction(servings, self.servings)
        return Recipe(self.title, servings, [i * factor for i in self.ingredients])

    def __str__(self):
        lines = [f"{self.title} (serves {self.servings})"]
        lines += [f"  - {i}" for i in self.ingredients]
        return "\n".join(lines)


if __name__ == "__main__":
    pancakes = Recipe.from_text("Pancakes", 4, """
1 1/2 cups flour
3/4 cup milk
2 eggs
1/3 tsp salt
""")
    print(pancakes)
    print(pancakes.scaled(6))
    print(pancakes.scaled(2))
