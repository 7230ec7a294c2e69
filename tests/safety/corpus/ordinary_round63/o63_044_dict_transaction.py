# family: ordinary, blind round 63 (transactional dict updates via AbstractContextManager)
import copy
from contextlib import AbstractContextManager


class Transaction(AbstractContextManager):
    """Snapshot a mapping on entry; roll back if the block raises."""

    def __init__(self, target, deep=True):
        self.target = target
        self.deep = deep
        self._snapshot = None
        self.rolled_back = False

    def __enter__(self):
        self._snapshot = copy.deepcopy(self.target) if self.deep else dict(self.target)
        return self.target

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.target.clear()
            self.target.update(self._snapshot)
            self.rolled_back = True
        self._snapshot = None
        return False


class Ledger(dict):
    def transaction(self):
        return Transaction(self)

    def transfer(self, src, dst, amount):
        with self.transaction() as accounts:
            accounts[src] -= amount
            if accounts[src] < 0:
                raise ValueError(f"insufficient funds in {src!r}")
            accounts[dst] = accounts.get(dst, 0) + amount


if __name__ == "__main__":
    ledger = Ledger(alice=100, bob=50)
    ledger.transfer("alice", "bob", 30)
    print(ledger)
    try:
        ledger.transfer("bob", "carol", 500)
    except ValueError as exc:
        print("error:", exc)
    print(ledger)

    tx = Transaction(ledger)
    try:
        with tx as acct:
            acct["alice"] = 0
            acct["mallory"] = 10**6
            raise KeyError("audit failed")
    except KeyError:
        pass
    print(ledger, tx.rolled_back)
