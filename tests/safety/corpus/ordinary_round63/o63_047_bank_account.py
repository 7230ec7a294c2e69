# family: ordinary, blind round 63 (bank account with exception hierarchy and history)
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum


class BankError(Exception):
    """Base class for account errors."""


class AccountFrozen(BankError):
    pass


class InsufficientFunds(BankError):
    def __init__(self, balance, requested):
        super().__init__(f"insufficient funds: balance {balance}, requested {requested}")
        self.balance, self.requested = balance, requested


class Kind(Enum):
    DEPOSIT = "+"
    WITHDRAWAL = "-"


@dataclass(frozen=True)
class Entry:
    kind: Kind
    amount: Decimal
    at: datetime

    def __str__(self):
        return f"{self.at:%Y-%m-%d} {self.kind.value}{self.amount:>10,.2f}"


class Account:
    def __init__(self, owner, opening=Decimal("0")):
        self.owner = owner
        self.frozen = False
        self.history = [Entry(Kind.DEPOSIT, Decimal(opening), datetime(2024, 1, 1))] if opening else []

    @property
    def balance(self):
        return sum(((e.amount if e.kind is Kind.DEPOSIT else -e.amount) for e in self.history), Decimal("0"))

    def _record(self, kind, amount, when=None):
        amount = Decimal(str(amount))
        if amount <= 0:
            raise ValueError("amount must be positive")
        if self.frozen:
            raise AccountFrozen("account is frozen")
        self.history.append(Entry(kind, amount, when or datetime(2024, 1, 1)))

    def deposit(self, amount, when=None):
        self._record(Kind.DEPOSIT, amount, when)

    def withdraw(self, amount, when=None):
        if Decimal(str(amount)) > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self._record(Kind.WITHDRAWAL, amount, when)


if __name__ == "__main__":
    acct = Account("Noor", Decimal("250.00"))
    acct.deposit("1200.50", datetime(2024, 2, 1)); acct.withdraw(300, datetime(2024, 2, 3))
    for action in (lambda: acct.withdraw(5000), lambda: acct.deposit(-5)):
        try:
            action()
        except (BankError, ValueError) as exc:
            print("rejected:", exc)
    acct.frozen = True
    try:
        acct.deposit(10)
    except AccountFrozen as exc:
        print("blocked:", exc, "| balance:", acct.balance)
    print(*acct.history, sep="\n")
