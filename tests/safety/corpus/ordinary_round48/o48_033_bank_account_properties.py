# family: ordinary, blind round 48 (properties with setters bank account)
from datetime import datetime


class InsufficientFunds(Exception):
    def __init__(self, account, requested, available):
        self.account = account
        self.requested = requested
        self.available = available
        super().__init__(f"{account}: requested {requested:.2f}, only {available:.2f} available")


class BankAccount:
    _next_number = 1000

    def __init__(self, owner, overdraft_limit=0.0):
        self.owner, self.overdraft_limit = owner, overdraft_limit
        self._balance, self._history = 0.0, []
        BankAccount._next_number += 1
        self.number = f"ACC{BankAccount._next_number}"

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, value):
        value = " ".join(value.split())
        if not value:
            raise ValueError("owner name required")
        self._owner = value.title()

    @property
    def overdraft_limit(self):
        return self._overdraft_limit

    @overdraft_limit.setter
    def overdraft_limit(self, value):
        if value < 0:
            raise ValueError("overdraft limit must be >= 0")
        self._overdraft_limit = float(value)

    balance = property(lambda self: round(self._balance, 2))
    available = property(lambda self: self._balance + self._overdraft_limit)

    def _record(self, kind, amount):
        self._history.append((datetime(2024, 1, 1 + len(self._history)), kind, amount, self.balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._record("deposit", amount)

    def withdraw(self, amount):
        if amount > self.available:
            raise InsufficientFunds(self.number, amount, self.available)
        self._balance -= amount
        self._record("withdraw", -amount)

    def statement(self):
        lines = [f"{self.number} - {self.owner}"]
        for when, kind, amount, bal in self._history:
            lines.append(f"  {when:%Y-%m-%d} {kind:<9}{amount:>9.2f}{bal:>10.2f}")
        return "\n".join(lines)


if __name__ == "__main__":
    acct = BankAccount("  jane   doe ", overdraft_limit=50)
    acct.deposit(120)
    acct.withdraw(45.5)
    acct.withdraw(100)
    try:
        acct.withdraw(30)
    except InsufficientFunds as e:
        print("declined:", e, "| short by", round(e.requested - e.available, 2))
    print(acct.statement())
    print("balance:", acct.balance)
