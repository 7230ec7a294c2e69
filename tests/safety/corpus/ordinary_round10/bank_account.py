"""A bank account model with transaction history and custom exceptions."""

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal


class InsufficientFunds(Exception):
    def __init__(self, balance: Decimal, requested: Decimal) -> None:
        super().__init__(f"balance {balance} is less than requested {requested}")
        self.balance = balance
        self.requested = requested


@dataclass(frozen=True)
class Transaction:
    kind: str
    amount: Decimal
    at: datetime


@dataclass
class Account:
    owner: str
    balance: Decimal = Decimal("0")
    history: list[Transaction] = field(default_factory=list)

    def _record(self, kind: str, amount: Decimal) -> None:
        self.history.append(Transaction(kind, amount, datetime.now(timezone.utc)))

    def deposit(self, amount: Decimal) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self._record("deposit", amount)

    def withdraw(self, amount: Decimal) -> None:
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self._record("withdraw", amount)


def process_transactions(owner: str, operations: list[tuple[str, str]]) -> dict[str, object]:
    acct = Account(owner)
    errors = []
    for kind, amount in operations:
        try:
            if kind == "deposit":
                acct.deposit(Decimal(amount))
            elif kind == "withdraw":
                acct.withdraw(Decimal(amount))
            else:
                errors.append(f"unknown operation {kind}")
        except (InsufficientFunds, ValueError) as exc:
            errors.append(str(exc))
    return {"owner": owner, "balance": str(acct.balance), "transactions": len(acct.history), "errors": errors}


if __name__ == "__main__":
    print(process_transactions("Dana", [("deposit", "100"), ("withdraw", "30.50"), ("withdraw", "100"), ("fee", "1")]))
