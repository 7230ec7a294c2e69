"""Shopping cart that accepts anything that looks like a priced item."""
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, runtime_checkable


@runtime_checkable
class Priced(Protocol):
    name: str

    def price(self) -> Decimal: ...


@dataclass
class Product:
    name: str
    unit_price: Decimal
    quantity: int = 1

    def price(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Subscription:
    name: str
    monthly: Decimal
    months: int

    def price(self) -> Decimal:
        discount = Decimal("0.9") if self.months >= 12 else Decimal("1")
        return (self.monthly * self.months * discount).quantize(Decimal("0.01"))


class GiftCard:
    def __init__(self, value: str) -> None:
        self.name = f"Gift card {value}"
        self._value = Decimal(value)

    def price(self) -> Decimal:
        return self._value


def cart_total(items: list[Priced], coupon_pct: int = 0) -> dict:
    lines = []
    for item in items:
        if not isinstance(item, Priced):
            raise TypeError(f"{type(item).__name__} is not a priced item")
        lines.append((item.name, item.price()))
    subtotal = sum((p for _, p in lines), Decimal("0"))
    discount = (subtotal * coupon_pct / 100).quantize(Decimal("0.01"))
    return {
        "lines": [f"{n:<24}{p:>10}" for n, p in lines],
        "subtotal": str(subtotal),
        "discount": str(discount),
        "total": str(subtotal - discount),
    }


def checkout(spec: list[dict], coupon_pct: int = 0) -> dict:
    builders = {
        "product": lambda d: Product(d["name"], Decimal(d["price"]), d.get("qty", 1)),
        "subscription": lambda d: Subscription(d["name"], Decimal(d["price"]), d["months"]),
        "gift": lambda d: GiftCard(d["price"]),
    }
    return cart_total([builders[d["kind"]](d) for d in spec], coupon_pct)


if __name__ == "__main__":
    print(checkout([{"kind": "product", "name": "Mug", "price": "7.50", "qty": 2},
                    {"kind": "subscription", "name": "Coffee club", "price": "12", "months": 12},
                    {"kind": "gift", "price": "25"}], coupon_pct=5))
