"""Shopping cart totals with pluggable discount strategies."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class LineItem:
    sku: str
    unit_price: Decimal
    qty: int = 1

    @property
    def subtotal(self) -> Decimal:
        return self.unit_price * self.qty


class Discount(ABC):
    @abstractmethod
    def amount(self, items: list[LineItem]) -> Decimal: ...

    def __add__(self, other: "Discount") -> "Discount":
        return Combined([self, other])


@dataclass
class PercentOff(Discount):
    percent: Decimal

    def amount(self, items: list[LineItem]) -> Decimal:
        return sum((i.subtotal for i in items), Decimal(0)) * self.percent / 100


@dataclass
class BuyXGetOneFree(Discount):
    sku: str
    x: int

    def amount(self, items: list[LineItem]) -> Decimal:
        return sum((i.unit_price * (i.qty // (self.x + 1)) for i in items if i.sku == self.sku), Decimal(0))


@dataclass
class Combined(Discount):
    parts: list[Discount] = field(default_factory=list)

    def amount(self, items: list[LineItem]) -> Decimal:
        return sum((d.amount(items) for d in self.parts), Decimal(0))


@dataclass
class Cart:
    items: list[LineItem] = field(default_factory=list)
    discount: Discount | None = None

    def add(self, sku: str, price: str, qty: int = 1) -> "Cart":
        self.items.append(LineItem(sku, Decimal(price), qty))
        return self

    def total(self) -> Decimal:
        gross = sum((i.subtotal for i in self.items), Decimal(0))
        off = self.discount.amount(self.items) if self.discount else Decimal(0)
        return max(gross - off, Decimal(0)).quantize(Decimal("0.01"))


if __name__ == "__main__":
    cart = Cart().add("apple", "0.50", 6).add("tea", "4.00")
    print(cart.total())
    cart.discount = BuyXGetOneFree("apple", 2) + PercentOff(Decimal(10))
    print(cart.total(), cart.discount)
