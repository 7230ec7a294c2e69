from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Optional


class Category(Enum):
    TOOL = auto()
    PART = auto()
    SUPPLY = auto()


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    quantity: int = field(default=0, compare=False)
    category: Category = field(default=Category.PART, compare=False)

    def __post_init__(self) -> None:
        if self.quantity < 0:
            raise ValueError("quantity cannot be negative")
        self.sku = self.sku.upper()


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        existing = self.items.get(item.sku)
        if existing is None:
            self.items[item.sku] = item
        else:
            existing.quantity += item.quantity

    def remove(self, sku: str, quantity: int) -> Optional[Item]:
        item = self.items.get(sku.upper())
        if item is None or item.quantity < quantity:
            return None
        item.quantity -= quantity
        return item

    def low_stock(self, threshold: int = 5) -> list[str]:
        return sorted(i.sku for i in self.items.values() if i.quantity < threshold)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, sku: object) -> bool:
        return isinstance(sku, str) and sku.upper() in self.items


def restock_report(rows: list[dict]) -> dict:
    inventory = Inventory()
    for row in rows:
        inventory.add(Item(row["sku"], row["name"], int(row.get("quantity", 0)), Category[row.get("category", "PART")]))
    return {"count": len(inventory), "low": inventory.low_stock()}
