# family: ordinary, blind round 48 (Money value object with operator overloading)
from decimal import Decimal, ROUND_HALF_EVEN


class CurrencyMismatch(TypeError):
    pass


class Money:
    __slots__ = ("amount", "currency")
    _places = {"USD": 2, "EUR": 2, "JPY": 0, "BHD": 3}

    def __init__(self, amount, currency="USD"):
        q = Decimal(1).scaleb(-self._places.get(currency, 2))
        self.amount = Decimal(str(amount)).quantize(q, rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def _same(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:  # lets sum() work
            return self
        return self.__class__(self.amount + other.amount, self.currency) if self._same(other) else NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return self.__class__(self.amount - other.amount, self.currency) if self._same(other) else NotImplemented

    def __mul__(self, factor):
        if isinstance(factor, Money):
            return NotImplemented
        return self.__class__(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, (int, Decimal)) and other == 0:
            return self.amount == 0
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    __hash__ = lambda self: hash((self.amount, self.currency))  # noqa: E731

    def __lt__(self, other):
        self._same(other)
        return self.amount < other.amount

    def allocate(self, *ratios):
        total = sum(ratios)
        unit = Decimal(1).scaleb(-self._places.get(self.currency, 2))
        shares = [self.__class__(self.amount * r / total, self.currency) for r in ratios]
        remainder = self.amount - sum(s.amount for s in shares)
        i = 0
        while remainder != 0:
            step = unit if remainder > 0 else -unit
            shares[i] = self.__class__(shares[i].amount + step, self.currency)
            remainder -= step
            i = (i + 1) % len(shares)
        return shares

    def __str__(self):
        return f"{self.amount:,} {self.currency}"


if __name__ == "__main__":
    cart = [Money("19.99"), Money("5.01") * 3, Money("0.005")]
    total = sum(cart)
    print("total:", total, "| max item:", max(cart))
    print("after coupon:", total - Money(10))
    print("split 1:1:1 ->", [str(m) for m in Money(100).allocate(1, 1, 1)])
    print("yen:", Money(1234.5, "JPY") * 1.1)
    try:
        Money(1, "EUR") + Money(1, "USD")
    except CurrencyMismatch as e:
        print("error:", e)
