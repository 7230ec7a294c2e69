# family: ordinary, blind round 60 (progressive tax and grade lookup with bisect)
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise


@dataclass(frozen=True)
class Bracket:
    lower: Decimal
    rate: Decimal


class TaxTable:
    def __init__(self, brackets: list[tuple[int, str]]):
        self.brackets = [Bracket(Decimal(lo), Decimal(rate)) for lo, rate in sorted(brackets)]
        self._bounds = [b.lower for b in self.brackets]

    @classmethod
    def from_string(cls, spec: str) -> "TaxTable":
        """Parse '0:0.10, 11000:0.12, 44725:0.22'."""
        pairs = [part.split(":") for part in spec.split(",")]
        return cls([(int(lo), rate.strip()) for lo, rate in pairs])

    def marginal_rate(self, income: Decimal) -> Decimal:
        idx = bisect_right(self._bounds, income) - 1
        return self.brackets[max(idx, 0)].rate

    def tax(self, income) -> Decimal:
        income = Decimal(income)
        total = Decimal(0)
        uppers = [b.lower for b in self.brackets[1:]] + [None]
        for (bracket, upper) in zip(self.brackets, uppers):
            if income <= bracket.lower:
                break
            top = income if upper is None else min(income, upper)
            total += (top - bracket.lower) * bracket.rate
        return total.quantize(Decimal("0.01"))


def letter_grade(score: float, cutoffs=(60, 70, 80, 90), letters="FDCBA") -> str:
    return letters[bisect_right(cutoffs, score)]


if __name__ == "__main__":
    table = TaxTable.from_string("0:0.10, 11000:0.12, 44725:0.22, 95375:0.24, 182100:0.32")
    for income in (8_000, 40_000, 100_000, 250_000):
        tax = table.tax(income)
        print(f"income {income:>8,}: tax {tax:>10,}  effective {tax / income:.2%}  "
              f"marginal {table.marginal_rate(Decimal(income)):.0%}")
    widths = [hi.lower - lo.lower for lo, hi in pairwise(table.brackets)]
    print("bracket widths:", [int(w) for w in widths])
    print("grades:", {s: letter_grade(s) for s in (55, 60, 79.9, 85, 100)})
