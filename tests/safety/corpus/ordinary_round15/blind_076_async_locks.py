"""Simulated concurrent bank transfers with asyncio locks and an async context manager."""
import asyncio


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()


class Transfer:
    """`async with Transfer(a, b)`: locks both accounts in a stable order to avoid deadlock."""

    def __init__(self, src, dst):
        self.src, self.dst = src, dst
        self._ordered = sorted((src, dst), key=lambda a: a.name)

    async def __aenter__(self):
        for acct in self._ordered:
            await acct.lock.acquire()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        for acct in reversed(self._ordered):
            acct.lock.release()
        return False

    async def move(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if self.src.balance < amount:
            raise ValueError(f"insufficient funds in {self.src.name}")
        self.src.balance -= amount
        await asyncio.sleep(0)
        self.dst.balance += amount


async def run_transfers(balances: dict, transfers: list) -> dict:
    accounts = {n: Account(n, b) for n, b in balances.items()}
    failures = []

    async def one(i, src, dst, amount):
        try:
            async with Transfer(accounts[src], accounts[dst]) as t:
                await t.move(amount)
        except (ValueError, KeyError) as e:
            failures.append((i, str(e)))

    await asyncio.gather(*(one(i, *t) for i, t in enumerate(transfers)))
    total_before, total_after = sum(balances.values()), sum(a.balance for a in accounts.values())
    return {"balances": {n: a.balance for n, a in accounts.items()}, "failures": sorted(failures),
            "conserved": total_before == total_after}


if __name__ == "__main__":
    print(asyncio.run(run_transfers({"a": 100, "b": 50, "c": 0},
                                    [("a", "b", 30), ("b", "a", 10), ("b", "c", 70), ("c", "a", 5),
                                     ("a", "c", 500), ("a", "zz", 1), ("a", "b", -1)])))
