"""Bank account model with custom exceptions and a transaction ledger."""
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class TxType(Enum):
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"


class BankError(Exception):
    """Base class for account errors."""


class InsufficientFunds(BankError):
    def __init__(self, account_id: str, balance: Decimal, amount: Decimal):
        super().__init__(f"account {account_id}: balance {balance} < {amount}")
        self.shortfall = amount - balance


@dataclass
class Transaction:
    kind: TxType
    amount: Decimal
    memo: str = ""


@dataclass
class Account:
    account_id: str
    owner: str
    overdraft_limit: Decimal = Decimal("0")
    frozen: bool = False
    ledger: list[Transaction] = field(default_factory=list)

    @property
    def balance(self) -> Decimal:
        sign = {TxType.DEPOSIT: 1, TxType.TRANSFER_IN: 1, TxType.WITHDRAWAL: -1, TxType.TRANSFER_OUT: -1}
        return sum((sign[t.kind] * t.amount for t in self.ledger), Decimal("0"))

    def _check(self, amount: Decimal) -> None:
        if self.frozen:
            raise BankError(f"account {self.account_id} is frozen")
        if amount <= 0:
            raise ValueError("amount must be positive")

    def deposit(self, amount: Decimal, memo: str = "") -> None:
        self._check(amount)
        self.ledger.append(Transaction(TxType.DEPOSIT, amount, memo))

    def withdraw(self, amount: Decimal, memo: str = "", kind: TxType = TxType.WITHDRAWAL) -> None:
        self._check(amount)
        if self.balance + self.overdraft_limit < amount:
            raise InsufficientFunds(self.account_id, self.balance, amount)
        self.ledger.append(Transaction(kind, amount, memo))


def transfer(src: Account, dst: Account, amount: Decimal, memo: str = "") -> None:
    """Move money between accounts; nothing changes if the withdrawal fails."""
    dst._check(amount)
    src.withdraw(amount, memo, kind=TxType.TRANSFER_OUT)
    dst.ledger.append(Transaction(TxType.TRANSFER_IN, amount, memo))


if __name__ == "__main__":
    alice = Account("A-1", "Alice")
    bob = Account("B-2", "Bob", overdraft_limit=Decimal("50"))
    alice.deposit(Decimal("200"), "salary")
    transfer(alice, bob, Decimal("75.50"), "rent share")
    bob.withdraw(Decimal("100"))
    print(alice.balance, bob.balance)
    try:
        alice.withdraw(Decimal("500"))
    except InsufficientFunds as exc:
        print("error:", exc, "shortfall", exc.shortfall)
