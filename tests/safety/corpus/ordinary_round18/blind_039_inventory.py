"""Inventory tracking with dataclasses: stock movements, reorder alerts and snapshots."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    quantity: int = field(default=0, compare=False)
    reorder_level: int = field(default=5, compare=False)
    unit_cost: float = field(default=0.0, compare=False, repr=False)
    tags: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self) -> None:
        self.sku = self.sku.upper().strip()
        if self.quantity < 0:
            raise ValueError(f"{self.sku}: quantity cannot be negative")

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level

    @property
    def stock_value(self) -> float:
        return self.quantity * self.unit_cost


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)
    movements: list[tuple[date, str, int]] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items[item.sku] = item

    def move(self, sku: str, delta: int, when: date | None = None) -> Item:
        item = self.items[sku.upper()]
        updated = replace(item, quantity=item.quantity + delta)  # __post_init__ re-validates
        self.items[updated.sku] = updated
        self.movements.append((when or date.today(), updated.sku, delta))
        return updated

    def reorder_report(self) -> list[str]:
        return [f"{i.sku} {i.name}: {i.quantity} left (reorder at {i.reorder_level})"
                for i in sorted(self.items.values()) if i.needs_reorder]

    def snapshot(self) -> list[dict[str, Any]]:
        return [asdict(i) for i in sorted(self.items.values())]

    @staticmethod
    def columns() -> list[str]:
        return [f.name for f in fields(Item)]


if __name__ == "__main__":
    inv = Inventory()
    inv.add(Item("w-100", "Widget", 12, unit_cost=2.5, tags=["metal"]))
    inv.add(Item("g-200", "Gadget", 3, reorder_level=4, unit_cost=7.0))
    inv.move("w-100", -9, date(2024, 1, 5))
    try:
        inv.move("g-200", -10)
    except ValueError as e:
        print("rejected:", e)
    print(inv.reorder_report())
    print(Inventory.columns(), inv.snapshot()[0], sum(i.stock_value for i in inv.items.values()))
