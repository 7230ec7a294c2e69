"""Bank accounts with inheritance, properties and a transaction ledger."""
from decimal import Decimal
from datetime import datetime, timezone


class InsufficientFunds(Exception):
    pass


class Transaction:
    __slots__ = ("kind", "amount", "balance_after", "at")

    def __init__(self, kind: str, amount: Decimal, balance_after: Decimal):
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after
        self.at = datetime.now(timezone.utc)

    def __repr__(self) -> str:
        return f"Transaction({self.kind!r}, {self.amount}, balance={self.balance_after})"


class Account:
    interest_rate = Decimal("0")

    def __init__(self, owner: str, opening: str | Decimal = "0"):
        self.owner = owner
        self._balance = Decimal("0")
        self.ledger: list[Transaction] = []
        if Decimal(opening):
            self.deposit(opening)

    @property
    def balance(self) -> Decimal:
        return self._balance

    def _record(self, kind: str, amount: Decimal) -> None:
        self.ledger.append(Transaction(kind, amount, self._balance))

    def deposit(self, amount) -> Decimal:
        amount = Decimal(str(amount))
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._record("deposit", amount)
        return self._balance

    def can_withdraw(self, amount: Decimal) -> bool:
        return amount <= self._balance

    def withdraw(self, amount) -> Decimal:
        amount = Decimal(str(amount))
        if not self.can_withdraw(amount):
            raise InsufficientFunds(f"{self.owner}: cannot withdraw {amount} from {self._balance}")
        self._balance -= amount
        self._record("withdraw", amount)
        return self._balance

    def apply_interest(self) -> Decimal:
        interest = (self._balance * self.interest_rate).quantize(Decimal("0.01"))
        if interest:
            self._balance += interest
            self._record("interest", interest)
        return interest

    def __repr__(self) -> str:
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance})"


class SavingsAccount(Account):
    interest_rate = Decimal("0.02")


class CheckingAccount(Account):
    def __init__(self, owner: str, opening="0", overdraft: str = "100"):
        self.overdraft = Decimal(overdraft)
        super().__init__(owner, opening)

    def can_withdraw(self, amount: Decimal) -> bool:
        return amount <= self._balance + self.overdraft


def transfer(src: Account, dst: Account, amount) -> None:
    src.withdraw(amount)
    dst.deposit(amount)


if __name__ == "__main__":
    s = SavingsAccount("ann", "1000")
    c = CheckingAccount("ann", "50")
    transfer(c, s, "120")
    print(s, c, s.apply_interest())
    try:
        c.withdraw("100")
    except InsufficientFunds as e:
        print(e)
    print(s.ledger)
