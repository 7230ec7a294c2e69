# family: ordinary, blind round 50 (money with Decimal)
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_EVEN

_EXPONENTS = {"USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "BHD": 3}


@dataclass(frozen=True)
class Money:
    """Immutable money value with currency-aware rounding."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if self.currency not in _EXPONENTS:
            raise ValueError(f"unsupported currency {self.currency}")
        q = Decimal(1).scaleb(-_EXPONENTS[self.currency])
        object.__setattr__(self, "amount", Decimal(self.amount).quantize(q, rounding=ROUND_HALF_EVEN))

    @classmethod
    def of(cls, amount: str | int, currency: str) -> 'Money':
        return cls(Decimal(str(amount)), currency)

    def _same(self, other: 'Money') -> None:
        if self.currency != other.currency:
            raise TypeError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other: 'Money') -> 'Money':
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: 'Money') -> 'Money':
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> 'Money':
        return Money(self.amount * Decimal(factor), self.currency)

    def allocate(self, ratios: list[int]) -> 'list[Money]':
        """Split without losing a cent; leftovers go to the first shares."""
        unit = Decimal(1).scaleb(-_EXPONENTS[self.currency])
        total = sum(ratios)
        shares = [(self.amount * r / total // unit) * unit for r in ratios]
        remainder = self.amount - sum(shares)
        i = 0
        while remainder > 0:
            shares[i % len(shares)] += unit
            remainder -= unit
            i += 1
        return [Money(s, self.currency) for s in shares]

    def __str__(self) -> str:
        return f"{self.amount:,} {self.currency}"


if __name__ == "__main__":
    bill = Money.of("100.00", "USD")
    tip = bill * Decimal("0.18")
    print("bill + tip:", bill + tip)
    print("split 3 ways:", [str(m) for m in (bill + tip).allocate([1, 1, 1])])
    print("yen:", Money.of("1234.5", "JPY"), "| dinar:", Money.of("2.34567", "BHD"))
    print("0.1 + 0.2 =", Money.of("0.1", "EUR") + Money.of("0.2", "EUR"))
    try:
        bill + Money.of(5, "EUR")
    except TypeError as e:
        print("error:", e)
