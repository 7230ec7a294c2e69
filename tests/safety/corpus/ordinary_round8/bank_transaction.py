"""Bank accounts with all-or-nothing transactions via a context manager."""
from decimal import Decimal


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner: str, balance: str = "0") -> None:
        self.owner = owner
        self.balance = Decimal(balance)

    def deposit(self, amount: Decimal) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount

    def withdraw(self, amount: Decimal) -> None:
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, balance={self.balance})"


class Transaction:
    """Snapshot balances on entry; restore them if the block raises."""

    def __init__(self, *accounts: Account) -> None:
        self.accounts = accounts
        self._snapshot: dict[int, Decimal] = {}
        self.committed = False

    def __enter__(self) -> "Transaction":
        self._snapshot = {id(a): a.balance for a in self.accounts}
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.committed = True
            return False
        for a in self.accounts:
            a.balance = self._snapshot[id(a)]
        return exc_type is InsufficientFunds  # swallow expected business errors


def transfer_batch(balances: dict[str, str], transfers: list[tuple[str, str, str]]) -> dict:
    accounts = {name: Account(name, bal) for name, bal in balances.items()}
    outcomes = []
    for src, dst, amount in transfers:
        tx = Transaction(accounts[src], accounts[dst])
        with tx:
            accounts[src].withdraw(Decimal(amount))
            accounts[dst].deposit(Decimal(amount))
        outcomes.append(f"{src}->{dst} {amount}: {'ok' if tx.committed else 'rolled back'}")
    return {"outcomes": outcomes, "balances": {n: str(a.balance) for n, a in accounts.items()}}


if __name__ == "__main__":
    print(transfer_batch({"alice": "100.00", "bob": "20.00"},
                         [("alice", "bob", "30.50"), ("bob", "alice", "80"), ("bob", "alice", "50.50")]))
