# family: ordinary, blind round 62 (inventory with class-level registry and dunders)
from functools import total_ordering


@total_ordering
class Item:
    registry = {}

    def __init__(self, sku, name, qty=0, price=0.0):
        self.sku = sku
        self.name = name
        self.qty = qty
        self.price = price
        Item.registry[sku] = self

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return self.value < other.value

    @property
    def value(self):
        return self.qty * self.price


class Inventory:
    def __init__(self, items=()):
        self._items = {i.sku: i for i in items}

    def __len__(self):
        return len(self._items)

    def __getitem__(self, sku):
        return self._items[sku]

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), reverse=True))

    def restock(self, sku, amount):
        item = self._items.get(sku) or Item.registry[sku]
        item.qty += amount
        self._items[sku] = item
        return item


if __name__ == "__main__":
    inv = Inventory([Item("A1", "bolt", 100, 0.05), Item("B2", "nut", 250, 0.03)])
    Item("C3", "washer", 0, 0.01)
    inv.restock("C3", 500)
    print(len(inv), "A1" in inv, "Z9" in inv)
    for it in inv:
        print("{0:<6}{1:<8}{2:>6d} {3:>8.2f}".format(it.sku, it.name, it.qty, it.value))
    print(inv["B2"], inv["B2"] == Item.registry["B2"], len({inv["A1"], inv["A1"]}))
