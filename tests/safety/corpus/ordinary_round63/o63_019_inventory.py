# family: ordinary, blind round 63 (inventory with dataclasses, post_init and factories)
import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal


class OutOfStockError(Exception):
    def __init__(self, sku, requested, available):
        super().__init__(sku, requested, available)
        self.sku, self.requested, self.available = sku, requested, available

    def __str__(self):
        return f"{self.sku}: requested {self.requested}, only {self.available} in stock"


@dataclass
class Item:
    sku: str
    name: str
    price: Decimal
    quantity: int = 0
    tags: set = field(default_factory=set)

    def __post_init__(self):
        self.sku = self.sku.upper()
        self.price = Decimal(str(self.price))
        if self.quantity < 0:
            raise ValueError("quantity cannot be negative")

    @classmethod
    def from_row(cls, row):
        tags = {t for t in row.get("tags", "").split(";") if t}
        return cls(row["sku"], row["name"], Decimal(row["price"]), int(row["qty"]), tags)

    @property
    def value(self):
        return self.price * self.quantity


class Inventory:
    def __init__(self, items=()):
        self.items = {item.sku: item for item in items}

    @classmethod
    def from_csv(cls, text):
        return cls(Item.from_row(row) for row in csv.DictReader(io.StringIO(text)))

    def remove(self, sku, qty):
        item = self.items[sku.upper()]
        if qty > item.quantity:
            raise OutOfStockError(item.sku, qty, item.quantity)
        item.quantity -= qty
        return item

    def tagged(self, tag):
        return [i.name for i in self.items.values() if tag in i.tags]

    def total_value(self):
        return sum((i.value for i in self.items.values()), Decimal("0"))


if __name__ == "__main__":
    data = "sku,name,price,qty,tags\nab-1,Widget,2.50,100,tools;small\ncd-2,Gadget,19.99,7,electronics\nef-3,Doohickey,0.75,0,small\n"
    inv = Inventory.from_csv(data)
    print(inv.total_value(), inv.tagged("small"))
    print(inv.remove("cd-2", 3))
    try:
        inv.remove("EF-3", 1)
    except OutOfStockError as exc:
        print("error:", exc)
    print(inv.total_value())
