"""Compute totals over anything that looks like a priced line item (typing.Protocol)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Protocol, runtime_checkable


@runtime_checkable
class Priced(Protocol):
    @property
    def unit_price(self) -> Decimal: ...

    @property
    def quantity(self) -> int: ...


class Discountable(Protocol):
    def discount(self) -> Decimal: ...


@dataclass
class Product:
    name: str
    unit_price: Decimal
    quantity: int = 1


@dataclass
class Subscription:
    plan: str
    monthly: Decimal
    months: int

    @property
    def unit_price(self) -> Decimal:
        return self.monthly

    @property
    def quantity(self) -> int:
        return self.months

    def discount(self) -> Decimal:
        return Decimal("0.10") if self.months >= 12 else Decimal(0)


class GiftCard:
    def __init__(self, value: Decimal) -> None:
        self.value = value


def line_total(item: Priced) -> Decimal:
    gross = item.unit_price * item.quantity
    rate = item.discount() if hasattr(item, "discount") else Decimal(0)
    return (gross * (1 - rate)).quantize(Decimal("0.01"))


def invoice_total(items: Iterable[object], tax_rate: Decimal = Decimal("0.2")) -> dict[str, Decimal]:
    items = list(items)
    priced = [i for i in items if isinstance(i, Priced)]
    skipped = len(items) - len(priced)
    net = sum((line_total(i) for i in priced), Decimal(0))
    tax = (net * tax_rate).quantize(Decimal("0.01"))
    return {"net": net, "tax": tax, "gross": net + tax, "skipped": Decimal(skipped)}


if __name__ == "__main__":
    basket = [Product("Keyboard", Decimal("49.99"), 2), Subscription("pro", Decimal("9.00"), 12),
              GiftCard(Decimal("25")), Subscription("basic", Decimal("4.00"), 3)]
    for k, v in invoice_total(basket).items():
        print(f"{k:>8}: {v:>8}")
    print(isinstance(GiftCard(Decimal(1)), Priced), isinstance(Product("x", Decimal(1)), Priced))
