# family: ordinary, blind round 63 (money value type with Decimal and custom format)
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering


@total_ordering
@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = "USD"

    def __post_init__(self):
        quantized = Decimal(str(self.amount)).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
        object.__setattr__(self, "amount", quantized)
        object.__setattr__(self, "currency", self.currency.upper())

    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        return cls(Decimal(amount), currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __lt__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return self.amount < other.amount

    def __bool__(self):
        return self.amount != 0

    def allocate(self, ratios):
        total = sum(ratios)
        shares = [Money(self.amount * r / total, self.currency) for r in ratios]
        remainder = self - sum(shares[1:], shares[0])
        return [shares[0] + remainder] + shares[1:]

    def __format__(self, spec):
        symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(self.currency, "")
        if spec == "code":
            return f"{self.amount:,.2f} {self.currency}"
        return f"{symbol}{self.amount:{spec or ',.2f'}}"

    def __str__(self):
        return format(self)


if __name__ == "__main__":
    price = Money.parse("1999.99 usd")
    tax = price * 0.0825
    total = price + tax
    print(price, tax, total, f"{total:code}")
    print(total > price, bool(Money(0)), sorted([total, price, tax]))
    print([str(m) for m in Money(100).allocate([1, 1, 1])])
    try:
        price + Money(5, "EUR")
    except ValueError as exc:
        print(exc)
