"""Track warehouse stock levels using a Counter subclass."""
from __future__ import annotations

from collections import Counter
from typing import Iterable


class Inventory(Counter):
    """Counter of SKU -> quantity that never goes negative."""

    def receive(self, sku: str, qty: int = 1) -> None:
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self[sku] += qty

    def ship(self, sku: str, qty: int = 1) -> None:
        if self[sku] < qty:
            raise ValueError(f"insufficient stock for {sku}: have {self[sku]}, need {qty}")
        self[sku] -= qty
        if self[sku] == 0:
            del self[sku]

    def low_stock(self, threshold: int = 5) -> list[str]:
        return sorted(sku for sku, qty in self.items() if qty < threshold)

    def fulfil(self, order: Iterable[str]) -> bool:
        """Ship an order (iterable of SKUs) atomically; return False if it can't be filled."""
        needed = Counter(order)
        if any(self[sku] < qty for sku, qty in needed.items()):
            return False
        for sku, qty in needed.items():
            self.ship(sku, qty)
        return True

    def __repr__(self) -> str:
        body = ", ".join(f"{k}={v}" for k, v in sorted(self.items()))
        return f"{type(self).__name__}({body})"


def restock_plan(stock: dict[str, int], target: int) -> dict[str, int]:
    """Return how many of each SKU to order so every SKU reaches `target`."""
    inv = Inventory(stock)
    return {sku: target - qty for sku, qty in inv.items() if qty < target}


if __name__ == "__main__":
    inv = Inventory()
    inv.receive("widget", 10)
    inv.receive("gadget", 3)
    print(inv.fulfil(["widget", "widget", "gadget"]), inv)
    print(inv.fulfil(["gadget"] * 5), inv.low_stock())
    print(restock_plan({"a": 2, "b": 9}, 8))
