# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Money arithmetic with Decimal and currency checks."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering


class CurrencyMismatch(Exception):
    pass


@total_ordering
@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str = "USD"

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(str(self.amount)))
        object.__setattr__(
            self, "amount", self.amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        )
        if len(self.currency) != 3:
            raise ValueError("currency must be a 3-letter code")

    def _check(self, other: Money) -> None:
        if self.currency != other.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.amount < other.amount

    def split(self, parts: int) -> list[Money]:
        base = (self.amount / parts).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        remainder = self.amount - base * parts
        cents = int(remainder * 100)
        return [Money(base + (Decimal("0.01") if i < cents else 0), self.currency) for i in range(parts)]

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}"


if __name__ == "__main__":
    a = Money(Decimal("10.005"))
    b = Money(3.1)
    print(a, b, a + b, a - b)
    print(max(a, b))
    print([str(m) for m in Money(Decimal("100")).split(3)])
    try:
        a + Money(1, "EUR")
    except CurrencyMismatch as e:
        print("mismatch:", e)
