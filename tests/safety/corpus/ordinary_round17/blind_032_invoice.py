"""Compute invoice totals with discounts and tax using Decimal."""
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineItem:
    description: str
    quantity: int
    unit_price: Decimal
    discount_pct: Decimal = Decimal(0)

    @property
    def subtotal(self) -> Decimal:
        gross = self.unit_price * self.quantity
        return (gross * (1 - self.discount_pct / 100)).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Invoice:
    number: str
    tax_rate: Decimal = Decimal("0.20")
    items: list[LineItem] = field(default_factory=list)

    def add(self, description: str, quantity: int, unit_price: str, discount_pct: str = "0"):
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.items.append(LineItem(description, quantity, Decimal(unit_price), Decimal(discount_pct)))
        return self

    @property
    def net(self) -> Decimal:
        return sum((i.subtotal for i in self.items), Decimal(0))

    @property
    def tax(self) -> Decimal:
        return (self.net * self.tax_rate).quantize(CENT, ROUND_HALF_UP)

    @property
    def total(self) -> Decimal:
        return self.net + self.tax

    def render(self) -> str:
        lines = [f"Invoice {self.number}"]
        for i in self.items:
            lines.append(f"  {i.description:<20}{i.quantity:>4} x {i.unit_price:>8} = {i.subtotal:>9}")
        lines += [f"  {'Net':<36}{self.net:>9}", f"  {'Tax':<36}{self.tax:>9}",
                  f"  {'Total':<36}{self.total:>9}"]
        return "\n".join(lines)


if __name__ == "__main__":
    inv = Invoice("INV-001")
    inv.add("Widget", 3, "19.99").add("Gadget", 1, "249.00", "10").add("Cable", 5, "2.50")
    print(inv.render())
