"""A Money value type with currency safety, allocation and formatting."""
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering

MINOR_UNITS = {"USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "KWD": 3}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency: str = "USD"):
        currency = currency.upper()
        if currency not in MINOR_UNITS:
            raise ValueError(f"unsupported currency {currency}")
        exp = Decimal(1).scaleb(-MINOR_UNITS[currency])
        self.amount = Decimal(str(amount)).quantize(exp, rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def _check(self, other) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return other

    def __add__(self, other: Money) -> Money:
        return type(self)(self.amount + self._check(other).amount, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other: Money) -> Money:
        return type(self)(self.amount - self._check(other).amount, self.currency)

    def __mul__(self, factor) -> Money:
        if isinstance(factor, Money):
            raise TypeError("cannot multiply money by money")
        return type(self)(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return type(self)(-self.amount, self.currency)

    def __eq__(self, other) -> bool:
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._check(other).amount

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency}')"

    def __format__(self, spec: str) -> str:
        symbol = SYMBOLS.get(self.currency, self.currency + " ")
        body = format(abs(self.amount), spec or ",")
        return f"{'-' if self.amount < 0 else ''}{symbol}{body}"

    def allocate(self, ratios: list[int]) -> list[Money]:
        """Split by ratios without losing minor units (largest remainder first)."""
        unit = Decimal(1).scaleb(-MINOR_UNITS[self.currency])
        total_units = int(self.amount / unit)
        shares = [total_units * r // sum(ratios) for r in ratios]
        remainders = sorted(range(len(ratios)), key=lambda i: -(total_units * ratios[i] % sum(ratios)))
        for i in remainders[: total_units - sum(shares)]:
            shares[i] += 1
        return [type(self)(s * unit, self.currency) for s in shares]


if __name__ == "__main__":
    prices = [Money("19.99"), Money("5.01"), Money("0.333")]
    total = sum(prices)
    print(total, f"{total}", f"{Money(1234567.5, 'EUR'):,.2f}", f"{Money(-3, 'JPY')}")
    print(Money("100").allocate([1, 1, 1]), Money(5, "JPY").allocate([70, 30]))
    print(sorted(prices), Money(1) * 3 == Money(3), len({Money(1), Money("1.00")}))
    try:
        Money(1) + Money(1, "EUR")
    except CurrencyMismatch as e:
        print("mismatch:", e)
