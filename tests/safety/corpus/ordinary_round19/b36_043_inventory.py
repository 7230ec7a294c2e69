"""In-memory inventory with stock movements and low-stock reporting."""
from dataclasses import dataclass, field
from datetime import datetime


class InventoryError(Exception):
    """Base error for inventory operations."""


class OutOfStock(InventoryError):
    def __init__(self, sku: str, requested: int, available: int):
        super().__init__(f"{sku}: requested {requested}, only {available} available")
        self.sku, self.requested, self.available = sku, requested, available


@dataclass
class Item:
    sku: str
    name: str
    quantity: int = 0
    reorder_level: int = 5


@dataclass
class Movement:
    sku: str
    delta: int
    reason: str
    at: datetime = field(default_factory=datetime.now)


class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, Item] = {}
        self.history: list[Movement] = []

    def add_item(self, sku: str, name: str, quantity: int = 0, reorder_level: int = 5) -> Item:
        if sku in self.items:
            raise InventoryError(f"duplicate SKU {sku}")
        self.items[sku] = Item(sku, name, 0, reorder_level)
        if quantity:
            self.receive(sku, quantity)
        return self.items[sku]

    def receive(self, sku: str, quantity: int, reason: str = "receipt") -> None:
        if quantity <= 0:
            raise InventoryError("quantity must be positive")
        self.items[sku].quantity += quantity
        self.history.append(Movement(sku, quantity, reason))

    def ship(self, sku: str, quantity: int, reason: str = "sale") -> None:
        item = self.items[sku]
        if quantity > item.quantity:
            raise OutOfStock(sku, quantity, item.quantity)
        item.quantity -= quantity
        self.history.append(Movement(sku, -quantity, reason))

    def low_stock(self) -> list[Item]:
        return sorted((i for i in self.items.values() if i.quantity <= i.reorder_level), key=lambda i: i.quantity)


if __name__ == "__main__":
    inv = Inventory()
    inv.add_item("WID-1", "Widget", 20)
    inv.add_item("GAD-2", "Gadget", 3, reorder_level=4)
    inv.ship("WID-1", 16)
    try:
        inv.ship("GAD-2", 10)
    except OutOfStock as exc:
        print("error:", exc)
    print([f"{i.sku}={i.quantity}" for i in inv.low_stock()])
    print([(m.sku, m.delta, m.reason) for m in inv.history])
