# family: ordinary, blind round 59 (inventory with ordered dataclasses and reorder report)
from dataclasses import dataclass, field, asdict
from decimal import Decimal
from typing import List
import json


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    quantity: int
    reorder_level: int = 5
    unit_cost: Decimal = Decimal("0.00")
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self) -> None:
        if self.quantity < 0:
            raise ValueError(f"{self.sku}: quantity cannot be negative")
        self.unit_cost = Decimal(str(self.unit_cost))
        self.sort_key = (self.quantity - self.reorder_level, self.sku)

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level

    @property
    def stock_value(self) -> Decimal:
        return self.unit_cost * self.quantity


def reorder_report(items: List[Item]) -> str:
    low = sorted(i for i in items if i.needs_reorder)
    payload = {
        "total_value": str(sum((i.stock_value for i in items), Decimal("0"))),
        "reorder": [
            {k: v for k, v in asdict(i).items() if k in ("sku", "name", "quantity", "reorder_level")}
            for i in low
        ],
    }
    return json.dumps(payload, indent=2)


if __name__ == "__main__":
    stock = [
        Item("A-100", "Hex bolts M6", 120, 50, "0.08", ["hardware"]),
        Item("B-220", "Wood glue 250ml", 3, 6, "4.20"),
        Item("C-031", "Sandpaper P120", 0, 10, "0.35", ["abrasives"]),
        Item("D-404", "Tape measure", 5, 5, "7.99"),
    ]
    print(reorder_report(stock))
