# ordinary: progressive income tax calculation over brackets with Decimal and a per-bracket breakdown
from decimal import Decimal, ROUND_HALF_UP
from typing import NamedTuple, Optional, Sequence


class Bracket(NamedTuple):
    upper: Optional[Decimal]
    rate: Decimal


BRACKETS_2024 = (
    Bracket(Decimal("11600"), Decimal("0.10")),
    Bracket(Decimal("47150"), Decimal("0.12")),
    Bracket(Decimal("100525"), Decimal("0.22")),
    Bracket(Decimal("191950"), Decimal("0.24")),
    Bracket(Decimal("243725"), Decimal("0.32")),
    Bracket(Decimal("609350"), Decimal("0.35")),
    Bracket(None, Decimal("0.37")),
)


def tax_breakdown(income: Decimal, brackets: Sequence[Bracket] = BRACKETS_2024):
    lower = Decimal(0)
    for bracket in brackets:
        if income <= lower:
            break
        top = income if bracket.upper is None else min(income, bracket.upper)
        taxable = top - lower
        yield lower, top, bracket.rate, (taxable * bracket.rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if bracket.upper is None:
            break
        lower = bracket.upper


def summarize(income_text: str, deduction: str = "14600") -> str:
    gross = Decimal(income_text)
    taxable = max(gross - Decimal(deduction), Decimal(0))
    lines = [f"Gross ${gross:,.2f}  taxable ${taxable:,.2f}"]
    total = Decimal(0)
    for low, high, rate, tax in tax_breakdown(taxable):
        total += tax
        lines.append(f"  {rate:>5.0%} on ${low:>11,.2f} – ${high:>11,.2f}: ${tax:>10,.2f}")
    effective = total / gross if gross else Decimal(0)
    marginal = next((b.rate for b in BRACKETS_2024 if b.upper is None or taxable <= b.upper), Decimal(0))
    lines.append(f"Total ${total:,.2f}  effective {effective:.2%}  marginal {marginal:.0%}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarize("85000"))
    print(summarize("12000"))
