"""Bank account hierarchy with overdraft rules and a transaction ledger."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


class InsufficientFunds(Exception):
    def __init__(self, account: str, needed: Decimal) -> None:
        Exception.__init__(self, f"{account}: short by {needed}")
        self.needed = needed


@dataclass(frozen=True)
class Txn:
    kind: str
    amount: Decimal


class Account:
    kind = "basic"

    def __init__(self, owner: str, balance: Decimal = Decimal(0)) -> None:
        self.owner = owner
        self.balance = balance
        self.ledger: list[Txn] = []

    def limit(self) -> Decimal:
        return Decimal(0)

    def deposit(self, amount: Decimal) -> None:
        self.balance += amount
        self.ledger.append(Txn("deposit", amount))

    def withdraw(self, amount: Decimal) -> None:
        if self.balance - amount < -self.limit():
            raise InsufficientFunds(self.owner, amount - self.balance - self.limit())
        self.balance -= amount
        self.ledger.append(Txn("withdraw", amount))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class CheckingAccount(Account):
    kind = "checking"

    def __init__(self, owner: str, balance: Decimal = Decimal(0), overdraft: Decimal = Decimal(100)) -> None:
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def limit(self) -> Decimal:
        return self.overdraft


ACCOUNT_TYPES: dict[str, type[Account]] = {"basic": Account, "checking": CheckingAccount}


def run_ledger(kind: str, owner: str, ops: list[tuple[str, str]]) -> dict[str, object]:
    """Entry point: apply (op, amount) pairs and report final state."""
    acct = ACCOUNT_TYPES[kind](owner)
    failures: list[str] = []
    for op, amount in ops:
        match op:
            case "d" | "deposit":
                acct.deposit(Decimal(amount))
            case "w" | "withdraw":
                try:
                    acct.withdraw(Decimal(amount))
                except InsufficientFunds as exc:
                    failures.append(str(exc))
    return {"account": repr(acct), "txns": len(acct.ledger), "failures": failures}
