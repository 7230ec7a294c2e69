# ordinary: abstract payment method base class with ABC/abstractmethod and concrete fee calculations
from abc import ABC, abstractmethod
from decimal import Decimal, ROUND_HALF_UP

__version__ = "1.2.0"
__all__ = ["PaymentMethod", "Card", "BankTransfer", "Wallet", "cheapest"]

CENT = Decimal("0.01")


class PaymentMethod(ABC):
    name: str = "payment"

    @abstractmethod
    def fee(self, amount: Decimal) -> Decimal:
        """Processing fee charged for the amount."""

    def total(self, amount: Decimal) -> Decimal:
        return (amount + self.fee(amount)).quantize(CENT, ROUND_HALF_UP)

    def __format__(self, spec: str) -> str:
        return format(self.name, spec)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class Card(PaymentMethod):
    name = "card"

    def __init__(self, percent: str = "2.9", fixed: str = "0.30"):
        self.percent, self.fixed = Decimal(percent), Decimal(fixed)

    def fee(self, amount: Decimal) -> Decimal:
        return (amount * self.percent / 100 + self.fixed).quantize(CENT, ROUND_HALF_UP)


class BankTransfer(PaymentMethod):
    name = "bank transfer"

    def fee(self, amount: Decimal) -> Decimal:
        return Decimal("0.80") if amount < 1000 else Decimal("5.00")


class Wallet(PaymentMethod):
    name = "wallet"

    def fee(self, amount: Decimal) -> Decimal:
        return min((amount * Decimal("0.015")).quantize(CENT, ROUND_HALF_UP), Decimal("10"))


def cheapest(amount: Decimal, methods: list[PaymentMethod]) -> PaymentMethod:
    return min(methods, key=lambda m: m.fee(amount))


if __name__ == "__main__":
    methods = [Card(), BankTransfer(), Wallet()]
    for amt in map(Decimal, ["9.99", "250", "4000"]):
        row = "  ".join(f"{m:>13}: {m.fee(amt):>6}" for m in methods)
        print(f"{amt:>8} | {row} | best: {cheapest(amt, methods)!r}")
    try:
        PaymentMethod()
    except TypeError as e:
        print(e)
    print("version", __version__)
