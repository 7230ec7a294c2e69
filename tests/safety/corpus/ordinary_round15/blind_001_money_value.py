"""Money value object with currency-aware arithmetic and ordering."""
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.currency = currency.upper()

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, (int, Decimal)):
            return Money(self.amount * factor, self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"{type(self).__name__}({str(self.amount)!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"


def split_bill(total: str, people: int, currency: str = "USD") -> list:
    """Split an amount into near-equal shares that sum exactly to the total."""
    whole = Money(total, currency)
    cents = int(whole.amount * 100)
    base, extra = divmod(cents, people)
    shares = [Money(Decimal(base + (1 if i < extra else 0)) / 100, currency) for i in range(people)]
    return [str(s) for s in shares]


if __name__ == "__main__":
    a, b = Money("10.005"), Money(3, "usd")
    print(a, b, a + b, sorted([a, b]), 3 * b, a == Money("10.00"))
    print(split_bill("100.00", 3))
