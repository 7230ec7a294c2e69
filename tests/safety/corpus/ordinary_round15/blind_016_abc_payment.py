"""Fee calculation across payment methods using an ABC hierarchy and super()."""
from abc import ABC, abstractmethod
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


class PaymentMethod(ABC):
    name = "abstract"

    def __init__(self, amount):
        self.amount = Decimal(str(amount))

    @abstractmethod
    def fee(self) -> Decimal:
        ...

    def total(self) -> Decimal:
        return (self.amount + self.fee()).quantize(CENT, rounding=ROUND_HALF_UP)

    def summary(self) -> dict:
        return {"method": self.name, "amount": str(self.amount),
                "fee": str(self.fee().quantize(CENT, rounding=ROUND_HALF_UP)), "total": str(self.total())}


class Card(PaymentMethod):
    name = "card"
    rate, fixed = Decimal("0.029"), Decimal("0.30")

    def fee(self):
        return self.amount * self.rate + self.fixed


class InternationalCard(Card):
    name = "intl_card"

    def fee(self):
        return super().fee() + self.amount * Decimal("0.015")


class BankTransfer(PaymentMethod):
    name = "bank"

    def fee(self):
        return min(self.amount * Decimal("0.008"), Decimal("5"))


class Crypto(PaymentMethod):
    name = "crypto"

    def __init__(self, amount, network_fee="1.25"):
        super().__init__(amount)
        self.network_fee = Decimal(network_fee)

    def fee(self):
        return self.network_fee


METHODS = {cls.name: cls for cls in (Card, InternationalCard, BankTransfer, Crypto)}


def compare_fees(amount: str) -> list:
    rows = [METHODS[n](amount).summary() for n in METHODS]
    return sorted(rows, key=lambda r: Decimal(r["total"]))


if __name__ == "__main__":
    for row in compare_fees("250"):
        print(row)
    try:
        PaymentMethod(1)
    except TypeError as e:
        print("abstract:", e)
