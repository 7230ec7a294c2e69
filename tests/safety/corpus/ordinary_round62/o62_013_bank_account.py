# family: ordinary, blind round 62 (bank account with context manager transactions)
class InsufficientFunds(Exception):
    pass


class Account:
    _accounts = {}

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._accounts[owner] = self

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        assert amount > 0, "deposit must be positive"
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amount}")
        self._balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self._balance)


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self._snapshot = [(a, a._balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for acct, bal, n in self._snapshot:
                acct._balance = bal
                del acct.history[n:]
            print("rolled back:", exc)
            return True
        return False


def transfer(src, dst, amount):
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)


if __name__ == "__main__":
    a, b = Account("alice", 100), Account("bob", 20)
    transfer(a, b, 30)
    print(a, b)
    transfer(b, a, 500)
    print(a, b, b.history)
    print(sorted(Account._accounts.values(), key=lambda x: x.balance))
