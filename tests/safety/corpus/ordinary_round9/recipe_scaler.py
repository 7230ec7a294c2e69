"""Scale recipe ingredient amounts using fractions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

QTY_RE = re.compile(r"^\s*(?P<qty>\d+\s+\d+/\d+|\d+/\d+|\d*\.\d+|\d+)\s*(?P<rest>.*)$")


@dataclass
class Ingredient:
    amount: Fraction | None
    text: str

    @classmethod
    def parse(cls, line: str) -> Ingredient:
        m = QTY_RE.match(line)
        if not m:
            return cls(None, line.strip())
        raw = m["qty"]
        if " " in raw:
            whole, frac = raw.split()
            amount = Fraction(whole) + Fraction(frac)
        else:
            amount = Fraction(raw)
        return cls(amount, m["rest"])

    def scaled(self, factor: Fraction) -> Ingredient:
        if self.amount is None:
            return self
        return type(self)(self.amount * factor, self.text)

    def __str__(self) -> str:
        if self.amount is None:
            return self.text
        whole, rem = divmod(self.amount, 1)
        match (int(whole), rem):
            case (0, r):
                qty = str(r.limit_denominator(16))
            case (w, 0):
                qty = str(w)
            case (w, r):
                qty = f"{w} {r.limit_denominator(16)}"
        return f"{qty} {self.text}"


def scale_recipe(lines: list[str], servings_from: int, servings_to: int) -> list[str]:
    """Entry point: rescale each ingredient line to the new serving count."""
    factor = Fraction(servings_to, servings_from)
    return [str(Ingredient.parse(line).scaled(factor)) for line in lines]
