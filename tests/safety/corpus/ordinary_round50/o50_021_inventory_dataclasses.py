# family: ordinary, blind round 50 (inventory with dataclasses and enums)
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class Category(Enum):
    ELECTRONICS = "electronics"
    GROCERY = "grocery"
    CLOTHING = "clothing"


class StockStatus(Enum):
    IN_STOCK = "in stock"
    LOW = "low"
    OUT = "out of stock"


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    unit_price: Decimal
    quantity: int = 0
    reorder_level: int = 5

    @property
    def status(self) -> StockStatus:
        if self.quantity == 0:
            return StockStatus.OUT
        return StockStatus.LOW if self.quantity <= self.reorder_level else StockStatus.IN_STOCK

    @property
    def value(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise KeyError(f"duplicate SKU {item.sku}")
        self.items[item.sku] = item

    def adjust(self, sku: str, delta: int) -> Item:
        item = self.items[sku]
        if item.quantity + delta < 0:
            raise ValueError(f"insufficient stock for {sku}: have {item.quantity}, need {-delta}")
        item.quantity += delta
        return item

    def needs_reorder(self) -> list[Item]:
        return [i for i in self.items.values() if i.status is not StockStatus.IN_STOCK]

    def value_by_category(self) -> dict[Category, Decimal]:
        totals: dict[Category, Decimal] = {}
        for i in self.items.values():
            totals[i.category] = totals.get(i.category, Decimal(0)) + i.value
        return totals


if __name__ == "__main__":
    inv = Inventory()
    inv.add(Item("E-100", "USB cable", Category.ELECTRONICS, Decimal("7.99"), 40))
    inv.add(Item("E-200", "Headphones", Category.ELECTRONICS, Decimal("59.00"), 6))
    inv.add(Item("G-001", "Coffee beans", Category.GROCERY, Decimal("12.50"), 3))
    inv.add(Item("C-042", "Rain jacket", Category.CLOTHING, Decimal("89.90"), 1, reorder_level=2))
    inv.adjust("E-200", -2)
    inv.adjust("C-042", -1)
    for item in inv.needs_reorder():
        print(f"reorder {item.sku:<6} {item.name:<14} qty={item.quantity:<3} [{item.status.value}]")
    for cat, total in inv.value_by_category().items():
        print(f"{cat.name:<12} {total:>9}")
