# ordinary: bank accounts with transfers wrapped in an all-or-nothing transaction
import itertools
from contextlib import contextmanager
from decimal import Decimal


class InsufficientFunds(Exception):
    pass


class Account:
    _ids = itertools.count(1)

    def __init__(self, owner, balance="0"):
        self._id = next(Account._ids)
        self.owner = owner
        self._balance = Decimal(balance)
        self._history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        amount = Decimal(str(amount))
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._history.append(("deposit", amount))

    def withdraw(self, amount):
        amount = Decimal(str(amount))
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amount}")
        self._balance -= amount
        self._history.append(("withdraw", amount))

    def __eq__(self, other):
        return isinstance(other, Account) and self._id == other._id

    def __hash__(self):
        return hash(self._id)

    def __repr__(self):
        return f"Account#{self._id}({self.owner!r}, {self._balance})"


@contextmanager
def transaction(*accounts):
    snapshot = [(a, a._balance, len(a._history)) for a in accounts]
    try:
        yield
    except Exception:
        for account, balance, length in snapshot:
            account._balance = balance
            del account._history[length:]
        raise


def transfer(source, target, amount):
    with transaction(source, target):
        target.deposit(amount)
        source.withdraw(amount)


if __name__ == "__main__":
    alice, bob = Account("alice", "100"), Account("bob", "20")
    transfer(alice, bob, "30.50")
    print(alice, bob)
    try:
        transfer(bob, alice, 500)
    except InsufficientFunds as exc:
        print("rolled back:", exc)
    print(alice, bob, alice == alice, alice == bob, bob._history)
