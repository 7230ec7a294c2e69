# family: ordinary, blind round 60 (shopping cart with pluggable discount rules via Protocol)
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Item:
    sku: str
    price: Decimal
    category: str


@dataclass
class Cart:
    lines: dict[Item, int] = field(default_factory=dict)

    def add(self, item: Item, qty: int = 1) -> None:
        self.lines[item] = self.lines.get(item, 0) + qty

    @property
    def subtotal(self) -> Decimal:
        return sum((i.price * q for i, q in self.lines.items()), Decimal(0))


@runtime_checkable
class Discount(Protocol):
    label: str

    def amount(self, cart: Cart) -> Decimal: ...


@dataclass
class PercentOffCategory:
    category: str
    percent: int
    label: str = ""

    def __post_init__(self):
        if not 0 < self.percent <= 100:
            raise ValueError("percent must be in (0, 100]")
        self.label = self.label or f"{self.percent}% off {self.category}"

    def amount(self, cart: Cart) -> Decimal:
        eligible = sum((i.price * q for i, q in cart.lines.items() if i.category == self.category), Decimal(0))
        return (eligible * self.percent / 100).quantize(Decimal("0.01"))


@dataclass
class BuyXGetY:
    sku: str
    buy: int
    free: int
    label: str = "multi-buy"

    def amount(self, cart: Cart) -> Decimal:
        for item, qty in cart.lines.items():
            if item.sku == self.sku:
                return item.price * (qty // (self.buy + self.free) * self.free)
        return Decimal(0)


def checkout(cart: Cart, discounts: list[Discount]) -> Decimal:
    print(f"subtotal: {(total := cart.subtotal):>8}")
    for d in discounts:
        if not isinstance(d, Discount):
            raise TypeError(f"{d!r} is not a Discount")
        if (off := d.amount(cart)) > 0:
            print(f"  - {d.label:<22} {off:>8}")
            total -= off
    print(f"total:    {max(total, Decimal(0)):>8}")
    return total


if __name__ == "__main__":
    cart = Cart()
    cart.add(Item("TEE", Decimal("15.00"), "apparel"), 5)
    cart.add(Item("MUG", Decimal("8.50"), "kitchen"), 2)
    cart.add(Item("CAP", Decimal("12.00"), "apparel"))
    checkout(cart, [BuyXGetY("TEE", buy=2, free=1, label="tees 3-for-2"), PercentOffCategory("kitchen", 25)])
