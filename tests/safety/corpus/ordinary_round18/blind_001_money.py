"""Money arithmetic helper using Decimal with currency safety."""
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_UP
from functools import total_ordering


class CurrencyMismatchError(ValueError):
    """Raised when combining amounts in different currencies."""


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount: str | int | Decimal, currency: str = "USD") -> None:
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency.upper()

    def _check(self, other: "Money") -> None:
        if self.currency != other.currency:
            raise CurrencyMismatchError(f"{self.currency} != {other.currency}")

    def __add__(self, other: "Money") -> "Money":
        if isinstance(other, int) and other == 0:
            return self
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other: "Money | int") -> "Money":
        return self.__add__(other)

    def __mul__(self, factor: int | Decimal) -> "Money":
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other: "Money") -> bool:
        self._check(other)
        return self.amount < other.amount

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency}')"

    def __format__(self, spec: str) -> str:
        if spec == "full":
            return f"{self.amount:,.2f} {self.currency}"
        return format(self.amount, spec or ",.2f")


def split_evenly(total: Money, parts: int) -> list[Money]:
    """Split an amount into `parts` shares whose sum equals the total exactly."""
    if parts <= 0:
        raise ValueError("parts must be positive")
    cents = int(total.amount * 100)
    base, remainder = divmod(cents, parts)
    return [Money(Decimal(base + (1 if i < remainder else 0)) / 100, total.currency)
            for i in range(parts)]


if __name__ == "__main__":
    items = [Money("19.99"), Money("5.01"), Money("0.333")]
    subtotal = sum(items)
    print(f"Subtotal: {subtotal:full}")
    shares = split_evenly(subtotal * 3, 7)
    print(shares, sum(shares) == subtotal * 3, max(shares))
