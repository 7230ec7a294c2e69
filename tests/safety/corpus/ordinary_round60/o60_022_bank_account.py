# family: ordinary, blind round 60 (bank account hierarchy with ABC and custom exceptions)
from abc import ABC, abstractmethod
from decimal import Decimal


class AccountError(Exception):
    pass


class InsufficientFunds(AccountError):
    def __init__(self, balance: Decimal, amount: Decimal):
        super().__init__(f"cannot withdraw {amount}; balance is {balance}")


class Account(ABC):
    _next_number = 1000

    def __init__(self, owner: str, opening: Decimal = Decimal("0")):
        self.owner = owner
        self._balance = Decimal(opening)
        self.number = Account._next_number
        Account._next_number += 1

    @property
    def balance(self) -> Decimal:
        return self._balance

    def deposit(self, amount) -> None:
        amount = Decimal(amount)
        if amount <= 0:
            raise AccountError("deposit must be positive")
        self._balance += amount

    def withdraw(self, amount) -> None:
        amount = Decimal(amount)
        if amount > self.available():
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount

    @abstractmethod
    def available(self) -> Decimal: ...

    def __str__(self):
        return f"{type(self).__name__}#{self.number} {self.owner}: {self._balance:.2f}"


class Checking(Account):
    def __init__(self, owner, opening=Decimal("0"), overdraft=Decimal("100")):
        super().__init__(owner, opening)
        self.overdraft = Decimal(overdraft)

    def available(self):
        return self._balance + self.overdraft


class Savings(Account):
    def __init__(self, owner, opening=Decimal("0"), rate=Decimal("0.02")):
        super().__init__(owner, opening)
        self.rate = Decimal(rate)

    def available(self):
        return self._balance

    def add_interest(self):
        self.deposit((self._balance * self.rate).quantize(Decimal("0.01")))


if __name__ == "__main__":
    chk, sav = Checking("Ana", "50"), Savings("Ana", "1000")
    chk.withdraw("120")
    sav.add_interest()
    for acct in (chk, sav):
        print(acct)
    try:
        sav.withdraw("5000")
    except InsufficientFunds as e:
        print("error:", e)
