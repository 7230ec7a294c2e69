"""Shopping cart with pluggable discount rules."""
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Decimal
    category: str = "general"


@dataclass
class CartLine:
    product: Product
    quantity: int

    @property
    def subtotal(self) -> Decimal:
        return self.product.price * self.quantity


class Discount(Protocol):
    def apply(self, lines: list[CartLine]) -> Decimal: ...


@dataclass
class PercentOff:
    percent: Decimal
    category: str | None = None

    def apply(self, lines: list[CartLine]) -> Decimal:
        eligible = sum((l.subtotal for l in lines if self.category in (None, l.product.category)), Decimal("0"))
        return eligible * self.percent / 100


@dataclass
class BuyXGetOneFree:
    sku: str
    x: int

    def apply(self, lines: list[CartLine]) -> Decimal:
        for line in lines:
            if line.product.sku == self.sku:
                return (line.quantity // (self.x + 1)) * line.product.price
        return Decimal("0")


@dataclass
class Cart:
    lines: dict[str, CartLine] = field(default_factory=dict)
    discounts: list[Discount] = field(default_factory=list)

    def add(self, product: Product, quantity: int = 1) -> None:
        line = self.lines.setdefault(product.sku, CartLine(product, 0))
        line.quantity += quantity

    def totals(self) -> dict[str, Decimal]:
        items = list(self.lines.values())
        subtotal = sum((l.subtotal for l in items), Decimal("0"))
        discount = min(subtotal, sum((d.apply(items) for d in self.discounts), Decimal("0")))
        q = lambda v: v.quantize(Decimal("0.01"), ROUND_HALF_UP)
        return {"subtotal": q(subtotal), "discount": q(discount), "total": q(subtotal - discount)}


if __name__ == "__main__":
    tea = Product("TEA", "Green tea", Decimal("4.50"), "drinks")
    mug = Product("MUG", "Mug", Decimal("12.00"), "kitchen")
    cart = Cart(discounts=[BuyXGetOneFree("TEA", 2), PercentOff(Decimal("10"), "kitchen")])
    cart.add(tea, 6)
    cart.add(mug, 1)
    print(cart.totals())
