# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Scale recipe ingredient amounts using fractions."""
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Literal

Measure = Literal["cup", "tbsp", "tsp", "g", "piece"]


@dataclass(frozen=True)
class Ingredient:
    name: str
    amount: Fraction
    unit: Measure

    def scaled(self, factor: Fraction) -> "Ingredient":
        return replace(self, amount=self.amount * factor)

    def pretty_amount(self) -> str:
        whole, rem = divmod(self.amount.numerator, self.amount.denominator)
        if rem == 0:
            return str(whole)
        frac = f"{rem}/{self.amount.denominator}"
        return f"{whole} {frac}" if whole else frac


@dataclass
class Recipe:
    title: str
    servings: int
    ingredients: list[Ingredient] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.servings <= 0:
            raise ValueError("servings must be positive")

    def scale_to(self, servings: int) -> "Recipe":
        factor = Fraction(servings, self.servings)
        return Recipe(
            self.title,
            servings,
            [i.scaled(factor) for i in self.ingredients],
            list(self.steps),
        )

    def render(self) -> str:
        lines = [f"{self.title} (serves {self.servings})"]
        for ing in sorted(self.ingredients, key=lambda i: i.name):
            lines.append(f"  - {ing.pretty_amount()} {ing.unit} {ing.name}")
        lines += [f"  {n}. {s}" for n, s in enumerate(self.steps, 1)]
        return "\n".join(lines)


if __name__ == "__main__":
    pancakes = Recipe(
        "Pancakes",
        4,
        [
            Ingredient("flour", Fraction(3, 2), "cup"),
            Ingredient("milk", Fraction(5, 4), "cup"),
            Ingredient("egg", Fraction(1), "piece"),
            Ingredient("sugar", Fraction(2), "tbsp"),
        ],
        ["Mix dry", "Add wet", "Cook on griddle"],
    )
    print(pancakes.scale_to(6).render())
    print(pancakes.scale_to(2).render())
