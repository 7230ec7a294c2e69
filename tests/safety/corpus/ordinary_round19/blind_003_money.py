"""A small Money value type with currency checks and exact decimal arithmetic."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import total_ordering

CENT = Decimal("0.01")


@total_ordering
@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = "USD"

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", Decimal(str(self.amount)).quantize(CENT, ROUND_HALF_EVEN))
        object.__setattr__(self, "currency", self.currency.upper())

    def _check(self, other: "Money") -> None:
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other: object) -> "Money":
        if isinstance(other, int) and other == 0:
            return self
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return type(self)(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __mul__(self, factor: object) -> "Money":
        if not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return type(self)(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.amount < other.amount

    def __format__(self, spec: str) -> str:
        if spec == "short":
            return f"{self.amount:,}"
        return f"{self.amount:,} {self.currency}"

    def split(self, parts: int) -> list["Money"]:
        """Split into `parts` shares that sum exactly to the original."""
        base = (self.amount / parts).quantize(CENT, rounding="ROUND_DOWN")
        shares = [type(self)(base, self.currency) for _ in range(parts)]
        remainder = int((self.amount - base * parts) / CENT)
        for i in range(remainder):
            shares[i] = shares[i] + type(self)(CENT, self.currency)
        return shares


def total(prices: list[str], currency: str = "USD") -> str:
    return format(sum(Money(Decimal(p), currency) for p in prices), "")


if __name__ == "__main__":
    print(total(["19.99", "5.01", "0.333"]))
    bill = Money(Decimal("100"), "eur")
    print([format(m) for m in bill.split(3)], max(bill, 3 * Money(Decimal("40"), "EUR")))
