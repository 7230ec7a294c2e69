"""Progressive income tax calculation with brackets, deductions and a breakdown."""
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP


@dataclass(frozen=True)
class Bracket:
    lower: Decimal
    rate: Decimal


@dataclass
class TaxTable:
    name: str
    brackets: list[Bracket]
    standard_deduction: Decimal = Decimal("0")
    credits: dict[str, Decimal] = field(default_factory=dict)

    def __post_init__(self):
        self.brackets = sorted(self.brackets, key=lambda b: b.lower)
        if self.brackets[0].lower != 0:
            raise ValueError("first bracket must start at 0")
        self._lowers = [b.lower for b in self.brackets]

    @classmethod
    def from_pairs(cls, name: str, pairs: list[tuple], deduction="0", **credits) -> "TaxTable":
        return cls(name, [Bracket(Decimal(str(lo)), Decimal(str(rate))) for lo, rate in pairs],
                   Decimal(deduction), {k: Decimal(str(v)) for k, v in credits.items()})

    def marginal_rate(self, taxable: Decimal) -> Decimal:
        return self.brackets[bisect_right(self._lowers, taxable) - 1].rate

    def compute(self, income, claimed_credits: list[str] = ()) -> dict:
        income = Decimal(str(income))
        taxable = max(Decimal(0), income - self.standard_deduction)
        breakdown, tax = [], Decimal(0)
        for i, b in enumerate(self.brackets):
            upper = self.brackets[i + 1].lower if i + 1 < len(self.brackets) else None
            if taxable <= b.lower:
                break
            portion = (min(taxable, upper) if upper is not None else taxable) - b.lower
            due = (portion * b.rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
            breakdown.append({"from": str(b.lower), "to": str(upper) if upper else "∞",
                              "rate": f"{b.rate:.0%}", "taxed": str(portion), "tax": str(due)})
            tax += due
        unknown = [c for c in claimed_credits if c not in self.credits]
        if unknown:
            raise KeyError(f"unknown credits: {unknown}")
        credit = sum((self.credits[c] for c in claimed_credits), Decimal(0))
        final = max(Decimal(0), tax - credit)
        return {
            "table": self.name, "income": str(income), "taxable": str(taxable),
            "tax_before_credits": str(tax), "credits": str(credit), "tax": str(final),
            "effective_rate": f"{(final / income if income else 0):.2%}",
            "marginal_rate": f"{self.marginal_rate(taxable):.0%}", "breakdown": breakdown,
        }


if __name__ == "__main__":
    table = TaxTable.from_pairs("demo", [(0, "0.10"), (11000, "0.12"), (44725, "0.22"), (95375, "0.24")],
                                deduction="13850", child="2000", education="500")
    r = table.compute(85000, ["child"])
    for row in r.pop("breakdown"):
        print(row)
    print(r)
    print(table.compute(9000)["tax"])
