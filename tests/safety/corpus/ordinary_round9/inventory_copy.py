"""Inventory snapshots with copy/deepcopy and dataclasses.replace."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace


@dataclass
class Item:
    sku: str
    qty: int
    tags: list[str] = field(default_factory=list)


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)
    version: int = 0

    def snapshot(self) -> Inventory:
        return copy.deepcopy(self)

    def shallow(self) -> Inventory:
        return copy.copy(self)

    def adjust(self, sku: str, delta: int) -> None:
        item = self.items.get(sku)
        if item is None:
            self.items[sku] = Item(sku, max(delta, 0))
        else:
            self.items[sku] = replace(item, qty=max(item.qty + delta, 0))
        self.version += 1


def apply_changes(stock: dict[str, int], changes: list[tuple[str, int]]) -> dict[str, object]:
    """Entry point: apply changes, keep a before-snapshot, report the diff."""
    inv = Inventory({k: Item(k, v, ["initial"]) for k, v in stock.items()})
    before = inv.snapshot()
    for sku, delta in changes:
        inv.adjust(sku, delta)
    diff: dict[str, tuple[int, int]] = {}
    for sku, item in inv.items.items():
        old = before.items.get(sku)
        old_qty = old.qty if old else 0
        if old_qty != item.qty:
            diff[sku] = (old_qty, item.qty)
    return {"version": inv.version, "diff": diff, "before_version": before.version}
