# family: ordinary, blind round 48 (ABC payment processors)
from abc import ABC, abstractmethod
from decimal import Decimal


class PaymentError(Exception):
    def __init__(self, message, *, processor, amount, code="declined"):
        super().__init__(message)
        self.processor = processor
        self.amount = amount
        self.code = code

    def __str__(self):
        return f"[{self.processor}:{self.code}] {self.args[0]} (amount {self.amount})"


class PaymentProcessor(ABC):
    name = "base"
    fee_rate = Decimal("0")

    @abstractmethod
    def _charge(self, amount: Decimal, account: str) -> str:
        """Return a transaction id or raise PaymentError."""

    def fee(self, amount: Decimal) -> Decimal:
        return (amount * self.fee_rate).quantize(Decimal("0.01"))

    def pay(self, amount, account):
        amount = Decimal(str(amount))
        if amount <= 0:
            raise PaymentError("amount must be positive", processor=self.name,
                               amount=amount, code="invalid")
        txid = self._charge(amount, account)
        return {"tx": txid, "amount": amount, "fee": self.fee(amount), "via": self.name}


class CardProcessor(PaymentProcessor):
    name = "card"
    fee_rate = Decimal("0.029")

    def _charge(self, amount, account):
        if not account.isdigit() or len(account) != 16:
            raise PaymentError("invalid card number", processor=self.name, amount=amount)
        return f"CARD-{account[-4:]}-{int(amount * 100)}"


class WalletProcessor(PaymentProcessor):
    name = "wallet"
    fee_rate = Decimal("0.01")
    balances = {"alice@wallet": Decimal("50.00")}

    def _charge(self, amount, account):
        bal = self.balances.get(account, Decimal("0"))
        if bal < amount:
            raise PaymentError("insufficient funds", processor=self.name,
                               amount=amount, code="nsf")
        self.balances[account] = bal - amount
        return f"WAL-{account.split('@')[0]}-{len(self.balances)}"


if __name__ == "__main__":
    try:
        PaymentProcessor()
    except TypeError as e:
        print("cannot instantiate ABC:", e)
    jobs = [(CardProcessor(), 19.99, "4111111111111111"),
            (CardProcessor(), 5, "1234"),
            (WalletProcessor(), 30, "alice@wallet"),
            (WalletProcessor(), 30, "alice@wallet"),
            (WalletProcessor(), -1, "alice@wallet")]
    for proc, amt, acct in jobs:
        try:
            print("ok  ", proc.pay(amt, acct))
        except PaymentError as err:
            print("fail", err, "| code:", err.code)
