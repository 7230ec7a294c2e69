"""Shopping cart with discount rules expressed as a Protocol."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Decimal
    category: str = "general"


class DiscountRule(Protocol):
    def discount(self, cart: "Cart") -> Decimal: ...


@dataclass
class PercentOffCategory:
    category: str
    percent: Decimal

    def discount(self, cart: "Cart") -> Decimal:
        eligible = sum((p.price * q for p, q in cart.lines.items() if p.category == self.category), Decimal(0))
        return (eligible * self.percent / 100).quantize(Decimal("0.01"))


@dataclass
class BuyXGetOneFree:
    sku: str
    x: int

    def discount(self, cart: "Cart") -> Decimal:
        for product, qty in cart.lines.items():
            if product.sku == self.sku:
                return product.price * (qty // (self.x + 1))
        return Decimal(0)


@dataclass
class Cart:
    lines: dict[Product, int] = field(default_factory=dict)
    rules: list[DiscountRule] = field(default_factory=list)

    def add(self, product: Product, qty: int = 1) -> None:
        self.lines[product] = self.lines.get(product, 0) + qty

    def subtotal(self) -> Decimal:
        return sum((p.price * q for p, q in self.lines.items()), Decimal(0))

    def total(self) -> Decimal:
        return max(Decimal(0), self.subtotal() - sum((r.discount(self) for r in self.rules), Decimal(0)))


def checkout(items: list[tuple[str, str, str, str, int]]) -> dict[str, str]:
    cart = Cart(rules=[PercentOffCategory("books", Decimal(10)), BuyXGetOneFree("PEN", 2)])
    for sku, name, price, category, qty in items:
        cart.add(Product(sku, name, Decimal(price), category), qty)
    return {"subtotal": str(cart.subtotal()), "total": str(cart.total())}


if __name__ == "__main__":
    print(checkout([("BK1", "Novel", "15.00", "books", 2), ("PEN", "Pen", "1.50", "office", 6)]))
