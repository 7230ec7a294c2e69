"""Split a bill fairly between people using Decimal arithmetic."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Share:
    person: str
    amount: Decimal

    def __str__(self) -> str:
        return f"{self.person}: ${self.amount:,.2f}"


@dataclass
class Bill:
    subtotal: Decimal
    tax_rate: Decimal = Decimal("0")
    tip_rate: Decimal = Decimal("0.15")
    people: list[str] = field(default_factory=list)

    def total(self) -> Decimal:
        raw = self.subtotal * (1 + self.tax_rate + self.tip_rate)
        return raw.quantize(CENT, rounding=ROUND_HALF_UP)


def split_bill(subtotal: str, people: list[str], tax_rate: str = "0.08", tip_rate: str = "0.18") -> list[Share]:
    """Split so that shares sum exactly to the total; extra cents go to the first people."""
    if not people:
        raise ValueError("need at least one person")
    bill = Bill(Decimal(subtotal), Decimal(tax_rate), Decimal(tip_rate), list(people))
    total_cents = int(bill.total() / CENT)
    base, remainder = divmod(total_cents, len(people))
    shares = []
    for index, person in enumerate(bill.people):
        cents = base + (1 if index < remainder else 0)
        shares.append(Share(person, Decimal(cents) * CENT))
    return shares


if __name__ == "__main__":
    for s in split_bill("100.00", ["Ann", "Ben", "Cat"]):
        print(s)
