"""A small inventory with dataclasses, low-stock alerts and restock planning."""
from dataclasses import dataclass, field, asdict
from collections.abc import Iterator


@dataclass(order=True)
class StockItem:
    sku: str
    name: str = field(compare=False)
    quantity: int = field(default=0, compare=False)
    reorder_level: int = field(default=5, compare=False)
    unit_cost: float = field(default=0.0, compare=False)

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level

    @property
    def value(self) -> float:
        return round(self.quantity * self.unit_cost, 2)


class Inventory:
    def __init__(self, items: list[StockItem] | None = None):
        self._items: dict[str, StockItem] = {i.sku: i for i in items or []}

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[StockItem]:
        return iter(sorted(self._items.values()))

    def __contains__(self, sku: str) -> bool:
        return sku in self._items

    def __getitem__(self, sku: str) -> StockItem:
        return self._items[sku]

    def add(self, item: StockItem) -> None:
        if item.sku in self._items:
            self._items[item.sku].quantity += item.quantity
        else:
            self._items[item.sku] = item

    def remove(self, sku: str, qty: int) -> None:
        item = self._items[sku]
        if qty > item.quantity:
            raise ValueError(f"only {item.quantity} of {sku} in stock")
        item.quantity -= qty

    def restock_plan(self, target_multiple: int = 3) -> list[dict]:
        return [{"sku": i.sku, "order": i.reorder_level * target_multiple - i.quantity}
                for i in self if i.needs_reorder]

    def total_value(self) -> float:
        return round(sum(i.value for i in self), 2)

    def export(self) -> list[dict]:
        return [asdict(i) for i in self]


if __name__ == "__main__":
    inv = Inventory([StockItem("B2", "bolt", 100, 20, 0.05), StockItem("A1", "anvil", 2, 1, 80.0)])
    inv.add(StockItem("N3", "nut", 4, 10, 0.02))
    inv.remove("B2", 85)
    print(len(inv), "A1" in inv, inv["A1"].needs_reorder)
    print(inv.restock_plan())
    print(inv.total_value())
    print(inv.export())
