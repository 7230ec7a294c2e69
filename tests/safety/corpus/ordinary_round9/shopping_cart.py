"""Shopping cart with discount rules expressed as match statements."""
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class Category(Enum):
    FOOD = "food"
    BOOKS = "books"
    TECH = "tech"


@dataclass(frozen=True)
class Product:
    name: str
    price: Decimal
    category: Category


@dataclass
class Cart:
    lines: dict[str, tuple[Product, int]] = field(default_factory=dict)

    def add(self, product: Product, qty: int = 1) -> None:
        _, existing = self.lines.get(product.name, (product, 0))
        self.lines[product.name] = (product, existing + qty)


def discount(product: Product, qty: int, coupon: str | None) -> Decimal:
    match product, qty, coupon:
        case Product(category=Category.BOOKS), q, _ if q >= 3:
            return product.price * q * Decimal("0.10")
        case Product(price=p, category=Category.TECH), _, "TECH20":
            return p * qty * Decimal("0.20")
        case Product(category=Category.FOOD), q, _ if q >= 10:
            return product.price * (q // 10)
        case _:
            return Decimal(0)


CATALOG = {
    "apple": Product("apple", Decimal("0.50"), Category.FOOD),
    "novel": Product("novel", Decimal("12.00"), Category.BOOKS),
    "cable": Product("cable", Decimal("8.99"), Category.TECH),
}


def checkout(order: dict[str, int], coupon: str | None = None) -> dict[str, str]:
    """Entry point: total an order of {product: qty} applying discounts."""
    cart = Cart()
    for name, qty in order.items():
        cart.add(CATALOG[name], qty)
    subtotal = Decimal(0)
    saved = Decimal(0)
    for product, qty in cart.lines.values():
        subtotal += product.price * qty
        saved += discount(product, qty, coupon)
    return {"subtotal": f"{subtotal:.2f}", "discount": f"{saved:.2f}", "total": f"{subtotal - saved:.2f}"}
