"""Bank account model with validated properties, transaction history and custom errors."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any


class AccountError(Exception):
    pass


class InsufficientFunds(AccountError):
    def __init__(self, available: Decimal, requested: Decimal) -> None:
        super().__init__(f"only {available} available, {requested} requested")
        self.shortfall = requested - available


class Account:
    def __init__(self, owner: str, balance: Decimal | str = "0", overdraft: Decimal | str = "0") -> None:
        self.owner = owner
        self._balance = Decimal(balance)
        self.overdraft = overdraft
        self.history: list[tuple[str, str, Decimal]] = []

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Account":
        return cls(data["owner"], str(data.get("balance", "0")), str(data.get("overdraft", "0")))

    @property
    def balance(self) -> Decimal:
        return self._balance

    @property
    def overdraft(self) -> Decimal:
        return self._overdraft

    @overdraft.setter
    def overdraft(self, value: Decimal | str) -> None:
        value = Decimal(value)
        if value < 0:
            raise ValueError("overdraft limit cannot be negative")
        self._overdraft = value

    def _record(self, kind: str, amount: Decimal) -> None:
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.history.append((datetime.now().strftime("%Y-%m-%d"), kind, amount))

    def deposit(self, amount: Decimal | str) -> Decimal:
        self._record("deposit", Decimal(amount))
        self._balance += Decimal(amount)
        return self._balance

    def withdraw(self, amount: Decimal | str) -> Decimal:
        amount = Decimal(amount)
        if amount > self._balance + self._overdraft:
            raise InsufficientFunds(self._balance + self._overdraft, amount)
        self._record("withdraw", amount)
        self._balance -= amount
        return self._balance

    def __bool__(self) -> bool:
        return self._balance > 0

    def __str__(self) -> str:
        return f"{self.owner}: {self._balance:.2f} (overdraft {self._overdraft:.2f})"


if __name__ == "__main__":
    acct = Account.from_dict({"owner": "Dana", "balance": "100.00", "overdraft": 50})
    acct.deposit("25.50"); acct.withdraw("160")
    for action in (lambda: acct.withdraw("100"), lambda: setattr(acct, "overdraft", "-5"), lambda: acct.deposit(0)):
        try:
            action()
        except (AccountError, ValueError) as e:
            print(type(e).__name__, e, getattr(e, "shortfall", ""))
    print(acct, bool(acct), [h[1:] for h in acct.history])
