# ordinary: inventory of items kept in a dataclass with a private SKU index
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    name: str
    quantity: int = 0
    unit_price: float = 0.0

    def __post_init__(self):
        if self.quantity < 0:
            raise ValueError(f"{self.sku}: quantity cannot be negative")
        self.sku = self.sku.upper()

    @property
    def value(self):
        return self.quantity * self.unit_price


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    _by_sku: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self):
        for item in self.items:
            self._by_sku[item.sku] = item

    def add(self, item):
        if item.sku in self._by_sku:
            self._by_sku[item.sku].quantity += item.quantity
        else:
            self.items.append(item)
            self._by_sku[item.sku] = item

    def remove(self, sku, quantity):
        item = self._by_sku.get(sku.upper())
        if item is None:
            raise KeyError(f"unknown SKU {sku!r}")
        if quantity > item.quantity:
            raise ValueError(f"only {item.quantity} of {item.name} in stock")
        item.quantity -= quantity

    def low_stock(self, threshold=5):
        return [i.name for i in self.items if i.quantity < threshold]

    def total_value(self):
        return round(sum(i.value for i in self.items), 2)


if __name__ == "__main__":
    inv = Inventory([Item("a1", "Bolt", 100, 0.1), Item("b2", "Nut", 3, 0.05)])
    inv.add(Item("A1", "Bolt", 20))
    inv.add(Item("c3", "Washer", 50, 0.02))
    inv.remove("b2", 1)
    print(inv)
    print(inv.low_stock(), inv.total_value())
    try:
        inv.remove("zz", 1)
    except KeyError as exc:
        print("error:", exc)
