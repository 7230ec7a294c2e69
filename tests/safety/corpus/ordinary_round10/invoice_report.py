"""Generate a plain-text invoice from line items."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import ClassVar


@dataclass
class LineItem:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Invoice:
    number: str
    customer: str
    issued: date
    items: list[LineItem] = field(default_factory=list)
    tax_rate: Decimal = Decimal("0.20")

    LINE_FORMAT: ClassVar[str] = "{desc:<30}{qty:>5}{price:>12}{total:>12}"

    @property
    def subtotal(self) -> Decimal:
        return sum((i.total for i in self.items), Decimal("0"))

    @property
    def tax(self) -> Decimal:
        return (self.subtotal * self.tax_rate).quantize(Decimal("0.01"))

    def render(self) -> str:
        lines = [f"INVOICE {self.number}", f"Customer: {self.customer}", f"Date: {self.issued:%d %B %Y}", ""]
        lines.append(self.LINE_FORMAT.format(desc="Item", qty="Qty", price="Price", total="Total"))
        for item in self.items:
            lines.append(self.LINE_FORMAT.format(
                desc=item.description[:30], qty=item.quantity,
                price=f"{item.unit_price:.2f}", total=f"{item.total:.2f}",
            ))
        width = 59
        lines.append("-" * width)
        lines.append(f"{'Subtotal':>47}{self.subtotal:>12.2f}")
        lines.append(f"{'Tax':>47}{self.tax:>12.2f}")
        lines.append(f"{'TOTAL':>47}{self.subtotal + self.tax:>12.2f}")
        return "\n".join(lines)


def make_invoice(number: str, customer: str, items: list[tuple[str, int, str]], issued: str = "2024-01-15") -> str:
    inv = Invoice(number, customer, date.fromisoformat(issued))
    inv.items = [LineItem(d, q, Decimal(p)) for d, q, p in items]
    return inv.render()


if __name__ == "__main__":
    print(make_invoice("INV-001", "ACME Ltd", [("Consulting hours", 10, "85.00"), ("Travel", 1, "42.50")]))
