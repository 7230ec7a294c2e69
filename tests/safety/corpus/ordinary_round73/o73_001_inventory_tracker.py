# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Simple inventory tracker using dataclasses."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict, KW_ONLY
from typing import Optional

Tags = list[str]


class InventoryError(ValueError):
    """Raised when an inventory operation is invalid."""


@dataclass
class Item:
    sku: str
    name: str
    _: KW_ONLY
    quantity: int = 0
    unit_price: float = 0.0
    tags: Tags = field(default_factory=list)
    location: Optional[str] = None

    def __post_init__(self) -> None:
        if self.quantity < 0:
            raise InventoryError(f"negative quantity for {self.sku}")
        if self.unit_price < 0:
            raise InventoryError(f"negative price for {self.sku}")

    @property
    def total_value(self) -> float:
        return round(self.quantity * self.unit_price, 2)


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def restock(self, sku: str, amount: int) -> Item:
        if amount <= 0:
            raise InventoryError("restock amount must be positive")
        item = self.items[sku]
        item.quantity += amount
        return item

    def remove(self, sku: str, amount: int) -> Item:
        item = self.items[sku]
        if amount > item.quantity:
            raise InventoryError(f"not enough stock for {sku}")
        item.quantity -= amount
        return item

    def total_value(self) -> float:
        return round(sum(i.total_value for i in self.items.values()), 2)

    def by_tag(self, tag: str) -> list[Item]:
        return [i for i in self.items.values() if tag in i.tags]


if __name__ == "__main__":
    inv = Inventory()
    inv.add(Item("A1", "Widget", quantity=10, unit_price=2.5, tags=["small"]))
    inv.add(Item("B2", "Gadget", quantity=3, unit_price=19.99, tags=["large"]))
    inv.restock("A1", 5)
    inv.remove("B2", 1)
    print(inv.total_value())
    print([asdict(i) for i in inv.by_tag("small")])
    try:
        inv.remove("B2", 100)
    except InventoryError as exc:
        print("error:", exc)
