from decimal import Decimal


class InsufficientFunds(Exception):
    """Raised when a withdrawal exceeds the balance."""

    def __init__(self, balance: Decimal, amount: Decimal) -> None:
        super().__init__(f"cannot withdraw {amount}; balance is {balance}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, owner: str, opening: str = "0") -> None:
        self.owner = owner
        self.__balance = Decimal(opening)
        self._history: list[tuple[str, Decimal]] = []

    @property
    def balance(self) -> Decimal:
        return self.__balance

    def deposit(self, amount: str) -> Decimal:
        value = Decimal(amount)
        if value <= 0:
            raise ValueError("deposit must be positive")
        self.__balance += value
        self._history.append(("deposit", value))
        return self.__balance

    def withdraw(self, amount: str) -> Decimal:
        value = Decimal(amount)
        if value > self.__balance:
            raise InsufficientFunds(self.__balance, value)
        self.__balance -= value
        self._history.append(("withdraw", value))
        return self.__balance

    def statement(self) -> list[str]:
        return [f"{kind:<8} {value:>10.2f}" for kind, value in self._history]

    def __repr__(self) -> str:
        return f"Account(owner={self.owner!r}, balance={self.__balance})"


def simulate(operations: list[list[str]]) -> dict:
    account = Account("tool")
    actions = {"deposit": account.deposit, "withdraw": account.withdraw}
    errors = []
    for op, amount in operations:
        try:
            actions[op](amount)
        except (InsufficientFunds, ValueError, KeyError) as exc:
            errors.append(str(exc))
    return {"balance": str(account.balance), "errors": errors}
