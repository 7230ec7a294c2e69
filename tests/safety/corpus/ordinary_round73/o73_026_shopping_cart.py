# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Shopping cart with discounts expressed as a Protocol."""
from __future__ import annotations
from dataclasses import dataclass, field, KW_ONLY
from decimal import Decimal
from typing import Protocol

CENT = Decimal("0.01")

@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Decimal
    category: str = "general"


@dataclass
class LineItem:
    product: Product
    qty: int = 1

    @property
    def subtotal(self) -> Decimal:
        return self.product.price * self.qty


class Discount(Protocol):
    def amount(self, cart: Cart) -> Decimal: ...


@dataclass(frozen=True)
class PercentOff:
    percent: Decimal
    _: KW_ONLY
    category: str | None = None

    def amount(self, cart: Cart) -> Decimal:
        eligible = sum((li.subtotal for li in cart.items if self.category in (None, li.product.category)), Decimal(0))
        return (eligible * self.percent / 100).quantize(CENT)


@dataclass(frozen=True)
class BuyXGetOne:
    sku: str
    x: int

    def amount(self, cart: Cart) -> Decimal:
        for li in cart.items:
            if li.product.sku == self.sku:
                return li.product.price * (li.qty // (self.x + 1))
        return Decimal(0)


@dataclass
class Cart:
    items: list[LineItem] = field(default_factory=list)
    discounts: list[Discount] = field(default_factory=list)

    def add(self, product: Product, qty: int = 1) -> None:
        if qty <= 0: raise ValueError("qty must be positive")
        for li in self.items:
            if li.product.sku == product.sku:
                li.qty += qty
                return
        self.items.append(LineItem(product, qty))

    def total(self) -> Decimal:
        gross = sum((li.subtotal for li in self.items), Decimal(0))
        off = sum((d.amount(self) for d in self.discounts), Decimal(0))
        return max(gross - off, Decimal(0)).quantize(CENT)


if __name__ == "__main__":
    tea = Product("T1", "Green tea", Decimal("4.50"), "drinks")
    mug = Product("M1", "Mug", Decimal("12.00"), "kitchen")
    cart = Cart(discounts=[PercentOff(Decimal(10), category="kitchen"), BuyXGetOne("T1", 2)])
    cart.add(tea, 2)
    cart.add(mug); cart.add(tea)
    print([(li.product.name, li.qty) for li in cart.items], cart.total())
