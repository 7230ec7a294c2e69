# ordinary: a small Money value type using Decimal with currency checks
from decimal import Decimal, ROUND_HALF_UP


class Money:
    """An amount of money in one currency, rounded to cents."""

    CENTS = Decimal("0.01")

    def __init__(self, amount, currency="USD"):
        self._amount = Decimal(str(amount)).quantize(self.CENTS, rounding=ROUND_HALF_UP)
        self._currency = currency.upper()

    @property
    def amount(self):
        return self._amount

    @property
    def currency(self):
        return self._currency

    def _check(self, other):
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other._currency != self._currency:
            raise ValueError(f"currency mismatch: {self._currency} vs {other._currency}")

    def __add__(self, other):
        self._check(other)
        return type(self)(self._amount + other._amount, self._currency)

    def __sub__(self, other):
        self._check(other)
        return type(self)(self._amount - other._amount, self._currency)

    def __mul__(self, factor):
        if isinstance(factor, float):
            factor = Decimal(str(factor))
        return type(self)(self._amount * factor, self._currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self._amount, self._currency) == (other._amount, other._currency)

    def __hash__(self):
        return hash((self._amount, self._currency))

    def __repr__(self):
        return f"{type(self).__name__}({str(self._amount)!r}, {self._currency!r})"

    def __str__(self):
        return f"{self._amount:,.2f} {self._currency}"

    def split(self, parts):
        """Split into `parts` amounts that add back up exactly."""
        base = (self._amount / parts).quantize(self.CENTS, rounding="ROUND_DOWN")
        shares = [type(self)(base, self._currency) for _ in range(parts)]
        remainder = self._amount - base * parts
        i = 0
        while remainder > 0:
            shares[i] = shares[i] + type(self)(self.CENTS, self._currency)
            remainder -= self.CENTS
            i += 1
        return shares


if __name__ == "__main__":
    a = Money("19.99")
    b = Money(5)
    print(a + b, a - b, a * 3, 0.5 * a)
    print(repr(a), a == Money("19.990"))
    print([str(s) for s in Money(100).split(3)])
    try:
        a + Money(1, "eur")
    except ValueError as exc:
        print("error:", exc)
