# family: ordinary, blind round 53 (dataclass default_factory inventory)
"""Small inventory tracker using dataclasses with mutable defaults."""
from dataclasses import dataclass, field, asdict
from datetime import date
import json


@dataclass
class Item:
    sku: str
    name: str
    quantity: int = 0
    tags: list[str] = field(default_factory=list)


@dataclass
class Warehouse:
    code: str
    items: dict[str, Item] = field(default_factory=dict)
    created: date = field(default_factory=lambda: date(2024, 1, 15))

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            self.items[item.sku].quantity += item.quantity
            self.items[item.sku].tags.extend(t for t in item.tags if t not in self.items[item.sku].tags)
        else:
            self.items[item.sku] = item

    def low_stock(self, threshold: int = 5) -> list[Item]:
        return sorted(
            (i for i in self.items.values() if i.quantity < threshold),
            key=lambda i: i.quantity,
        )

    def to_json(self) -> str:
        data = asdict(self)
        data["created"] = self.created.isoformat()
        return json.dumps(data, indent=2, sort_keys=True)


if __name__ == "__main__":
    wh = Warehouse("WH-NORTH")
    wh.add(Item("A100", "Bolt M6", 40, ["hardware"]))
    wh.add(Item("A200", "Washer", 3, ["hardware", "small"]))
    wh.add(Item("B300", "Cable tie", 2))
    wh.add(Item("A100", "Bolt M6", 10, ["bulk"]))

    print("Low stock:")
    for it in wh.low_stock():
        print(f"  {it.sku:<6} {it.name:<10} qty={it.quantity}")
    print(wh.to_json())
