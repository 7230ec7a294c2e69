"""Bank accounts with inheritance, properties and a transaction log."""
from decimal import Decimal
from datetime import datetime, timezone


class InsufficientFunds(Exception):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner: str, opening: str = "0"):
        self.owner = owner
        self.number = Account._next_number
        Account._next_number += 1
        self._balance = Decimal(opening)
        self.transactions: list[tuple[str, str, Decimal]] = []

    @property
    def balance(self) -> Decimal:
        return self._balance

    def _record(self, kind: str, amount: Decimal) -> None:
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.transactions.append((stamp, kind, amount))

    def deposit(self, amount: str) -> Decimal:
        amt = Decimal(amount)
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self._record("deposit", amt)
        return self._balance

    def available(self) -> Decimal:
        return self._balance

    def withdraw(self, amount: str) -> Decimal:
        amt = Decimal(amount)
        if amt > self.available():
            raise InsufficientFunds(f"{self.owner}: cannot withdraw {amt}, available {self.available()}")
        self._balance -= amt
        self._record("withdraw", amt)
        return self._balance

    def transfer_to(self, other: "Account", amount: str) -> None:
        self.withdraw(amount)
        other.deposit(amount)

    __repr__ = lambda self: f"{type(self).__name__}(#{self.number}, {self.owner}, {self._balance})"


class CheckingAccount(Account):
    def __init__(self, owner: str, opening: str = "0", overdraft: str = "100"):
        super().__init__(owner, opening)
        self.overdraft = Decimal(overdraft)

    def available(self) -> Decimal:
        return self._balance + self.overdraft


class SavingsAccount(Account):
    def __init__(self, owner: str, opening: str = "0", rate: str = "0.02"):
        super().__init__(owner, opening)
        self.rate = Decimal(rate)

    def add_interest(self) -> Decimal:
        interest = (self._balance * self.rate).quantize(Decimal("0.01"))
        return self.deposit(str(interest)) if interest > 0 else self._balance


if __name__ == "__main__":
    c, s = CheckingAccount("ann", "50"), SavingsAccount("ann", "1000")
    c.withdraw("120"), s.transfer_to(c, "200"), s.add_interest()
    print(c, s, len(c.transactions))
    try:
        SavingsAccount("bob").withdraw("1")
    except InsufficientFunds as e:
        print("error:", e)
