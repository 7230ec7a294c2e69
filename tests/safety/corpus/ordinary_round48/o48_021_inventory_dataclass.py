# family: ordinary, blind round 48 (dataclass inventory with default_factory)
from dataclasses import dataclass, field, asdict
from datetime import date
from typing import List, Dict


@dataclass
class Item:
    sku: str
    name: str
    quantity: int = 0
    reorder_level: int = 5
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sku = self.sku.upper().strip()
        if self.quantity < 0:
            raise ValueError(f"{self.sku}: quantity cannot be negative")

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level


@dataclass
class Warehouse:
    name: str
    items: Dict[str, Item] = field(default_factory=dict)
    log: List[str] = field(default_factory=list, repr=False)
    opened: date = field(default_factory=date.today, compare=False)

    def add(self, item: Item) -> None:
        self.items[item.sku] = item
        self.log.append(f"add {item.sku}")

    def adjust(self, sku: str, delta: int) -> int:
        item = self.items[sku.upper()]
        if item.quantity + delta < 0:
            raise ValueError(f"not enough {item.name}: have {item.quantity}, need {-delta}")
        item.quantity += delta
        self.log.append(f"{'+' if delta >= 0 else ''}{delta} {item.sku}")
        return item.quantity

    def reorder_list(self) -> List[str]:
        return sorted(sku for sku, it in self.items.items() if it.needs_reorder)


if __name__ == "__main__":
    wh = Warehouse("Main St")
    wh.add(Item(" ab-100", "Bolt M6", 40, tags=["hardware"]))
    wh.add(Item("ab-200", "Nut M6", 8, reorder_level=10))
    wh.add(Item("cx-9", "Drill bit 5mm", 3, reorder_level=2, tags=["tools", "bits"]))
    wh.adjust("AB-100", -37)
    wh.adjust("cx-9", +4)
    try:
        wh.adjust("ab-200", -20)
    except ValueError as exc:
        print("error:", exc)
    print("reorder:", wh.reorder_list())
    print("log:", wh.log)
    print(asdict(wh.items["CX-9"]))
