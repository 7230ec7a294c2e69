from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class Discount(Enum):
    NONE = "none"
    PERCENT_10 = "10%"
    BUY2GET1 = "b2g1"

    def __str__(self) -> str:
        return self.value


@dataclass
class Line:
    name: str
    price: Decimal
    quantity: int = 1

    @property
    def total(self) -> Decimal:
        return self.price * self.quantity


@dataclass
class Cart:
    lines: list[Line] = field(default_factory=list)
    discount: Discount = Discount.NONE

    def add(self, name: str, price: str, quantity: int = 1) -> "Cart":
        self.lines.append(Line(name, Decimal(price), quantity))
        return self

    def subtotal(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0"))

    def total(self) -> Decimal:
        subtotal = self.subtotal()
        if self.discount is Discount.PERCENT_10:
            return (subtotal * Decimal("0.9")).quantize(Decimal("0.01"))
        if self.discount is Discount.BUY2GET1:
            free = sum(line.price * (line.quantity // 3) for line in self.lines)
            return subtotal - free
        return subtotal


def price_cart(items: list[dict], discount: str = "none") -> dict:
    cart = Cart(discount=Discount(discount))
    for item in items:
        cart.add(item["name"], str(item["price"]), item.get("quantity", 1))
    return {"subtotal": str(cart.subtotal()), "total": str(cart.total()), "discount": str(cart.discount)}
