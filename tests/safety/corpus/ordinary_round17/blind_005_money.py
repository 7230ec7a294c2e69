"""A small Money value object using Decimal."""
from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency: str = "USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.currency = currency.upper()

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("can only combine Money with Money")
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor) -> Money:
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.amount < other.amount

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}"

    def allocate(self, ratios: list[int]) -> list[Money]:
        """Split into parts proportional to ratios without losing cents."""
        total = sum(ratios)
        cents = int(self.amount * 100)
        parts = [cents * r // total for r in ratios]
        for i in range(cents - sum(parts)):
            parts[i] += 1
        return [Money(Decimal(p) / 100, self.currency) for p in parts]


if __name__ == "__main__":
    a = Money("10.005")
    b = Money(2.5)
    print(a, b, a + b, a - b, 3 * b)
    print(sorted([a, b]), a > b, {a, Money("10.00")})
    print([str(m) for m in Money(100).allocate([1, 1, 1])])
