"""Bank accounts with custom exceptions and transactional rollback."""
import copy
from datetime import datetime, timezone


class BankError(Exception):
    """Base class for account errors."""


class InsufficientFunds(BankError):
    def __init__(self, account: str, needed: float, available: float):
        super().__init__(f"{account}: need {needed:.2f}, only {available:.2f} available")
        self.needed, self.available = needed, available


class AccountFrozen(BankError):
    pass


class Account:
    def __init__(self, owner: str, balance: float = 0.0, overdraft: float = 0.0):
        self.owner, self.balance, self.overdraft = owner, balance, overdraft
        self.frozen = False
        self.ledger: list[tuple[str, float, str]] = []

    def _record(self, kind: str, amount: float) -> None:
        self.ledger.append((kind, amount, datetime.now(timezone.utc).isoformat(timespec="seconds")))

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self._record("deposit", amount)

    def withdraw(self, amount: float) -> None:
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self.owner, amount, self.balance + self.overdraft)
        self.balance -= amount
        self._record("withdraw", amount)


class Transaction:
    """Snapshot accounts on entry; restore them if the block raises."""

    def __init__(self, *accounts: Account):
        self.accounts = accounts
        self._snapshots = []

    def __enter__(self):
        self._snapshots = [copy.deepcopy(a) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for live, saved in zip(self.accounts, self._snapshots):
                live.balance, live.ledger = saved.balance, saved.ledger
        return False


def transfer(src: Account, dst: Account, amount: float) -> None:
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)


if __name__ == "__main__":
    a, b = Account("ana", 100), Account("bo", 20)
    transfer(a, b, 30)
    try:
        transfer(b, a, 500)
    except InsufficientFunds as e:
        print("failed:", e)
    print(a.balance, b.balance, len(b.ledger))
