# family: ordinary, blind round 60 (inventory tracker with Counter and defaultdict)
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import Enum, auto


class Movement(Enum):
    RECEIVE = auto()
    SHIP = auto()
    ADJUST = auto()

    def sign(self) -> int:
        return -1 if self is Movement.SHIP else 1


class OutOfStock(Exception):
    def __init__(self, sku: str, requested: int, available: int):
        super().__init__(f"{sku}: requested {requested}, only {available} available")
        self.sku, self.requested, self.available = sku, requested, available


@dataclass(frozen=True)
class Transaction:
    sku: str
    qty: int
    kind: Movement


class Inventory:
    def __init__(self):
        self.stock: Counter[str] = Counter()
        self.history: defaultdict[str, list[Transaction]] = defaultdict(list)

    def record(self, sku: str, qty: int, kind: Movement) -> None:
        delta = kind.sign() * qty
        if self.stock[sku] + delta < 0:
            raise OutOfStock(sku, qty, self.stock[sku])
        self.stock[sku] += delta
        self.history[sku].append(Transaction(sku, qty, kind))

    def low_stock(self, threshold: int = 5) -> list[str]:
        return sorted(sku for sku, n in self.stock.items() if n < threshold)

    def summary(self) -> dict[str, dict[str, int]]:
        out = {}
        for sku, txs in self.history.items():
            per_kind = Counter()
            for tx in txs:
                per_kind[tx.kind.name] += tx.qty
            out[sku] = dict(per_kind)
        return out


if __name__ == "__main__":
    inv = Inventory()
    inv.record("APPLE", 20, Movement.RECEIVE)
    inv.record("PEAR", 4, Movement.RECEIVE)
    inv.record("APPLE", 17, Movement.SHIP)
    try:
        inv.record("PEAR", 10, Movement.SHIP)
    except OutOfStock as e:
        print("error:", e)
    print("stock:", dict(inv.stock))
    print("low:", inv.low_stock())
    print("most stocked:", inv.stock.most_common(1))
    print("summary:", inv.summary())
