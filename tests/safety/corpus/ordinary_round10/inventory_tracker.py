"""Inventory tracker with reorder alerts and a context-managed batch update."""

import copy
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    name: str
    quantity: int
    reorder_level: int = 5

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        self.items[item.sku] = item

    def adjust(self, sku: str, delta: int) -> None:
        item = self.items[sku]
        if item.quantity + delta < 0:
            raise ValueError(f"not enough {item.name} in stock")
        item.quantity += delta

    def batch(self) -> "InventoryBatch":
        return InventoryBatch(self)


class InventoryBatch:
    """All-or-nothing changes: restores the snapshot if an error occurs."""

    def __init__(self, inventory: Inventory) -> None:
        self.inventory = inventory
        self._snapshot: dict[str, Item] = {}

    def __enter__(self) -> Inventory:
        self._snapshot = copy.deepcopy(self.inventory.items)
        return self.inventory

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None:
            self.inventory.items = self._snapshot
        return exc_type is ValueError


def apply_orders(stock: list[tuple[str, str, int]], orders: list[tuple[str, int]]) -> dict[str, object]:
    inv = Inventory()
    for sku, name, qty in stock:
        inv.add(Item(sku, name, qty))
    with inv.batch() as live:
        for sku, qty in orders:
            live.adjust(sku, -qty)
    return {
        "stock": {s: i.quantity for s, i in inv.items.items()},
        "reorder": sorted(s for s, i in inv.items.items() if i.needs_reorder),
    }


if __name__ == "__main__":
    stock = [("A1", "bolts", 20), ("B2", "nuts", 8)]
    print(apply_orders(stock, [("A1", 5), ("B2", 4)]))
    print(apply_orders(stock, [("A1", 5), ("B2", 40)]))
