# ordinary: invoice totals with Decimal, tax and discounts, rendered as text
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class LineItem:
    description: str
    quantity: int
    unit_price: Decimal
    discount_pct: Decimal = Decimal("0")

    @property
    def total(self):
        gross = self.unit_price * self.quantity
        return money(gross * (1 - self.discount_pct / 100))


@dataclass
class Invoice:
    number: str
    customer: str
    tax_rate: Decimal = Decimal("20")
    items: list = field(default_factory=list)

    LINE = "{description:<24}{quantity:>5} x {unit_price:>8}{discount:>7}{total:>11}"
    SUMMARY = "{label:>48}{amount:>11}"

    def add(self, description, quantity, unit_price, discount_pct=0):
        self.items.append(LineItem(description, quantity, money(unit_price), Decimal(str(discount_pct))))
        return self

    @property
    def subtotal(self):
        return sum((item.total for item in self.items), Decimal("0"))

    @property
    def tax(self):
        return money(self.subtotal * self.tax_rate / 100)

    def render(self):
        lines = [f"Invoice {self.number} for {self.customer}", ""]
        for item in self.items:
            discount = f"-{item.discount_pct}%" if item.discount_pct else ""
            lines.append(self.LINE.format(description=item.description, quantity=item.quantity,
                                          unit_price=item.unit_price, discount=discount, total=item.total))
        lines.append("")
        lines.append(self.SUMMARY.format(label="Subtotal:", amount=self.subtotal))
        lines.append(self.SUMMARY.format(label=f"VAT {self.tax_rate}%:", amount=self.tax))
        lines.append(self.SUMMARY.format(label="Total:", amount=self.subtotal + self.tax))
        return "\n".join(lines)


if __name__ == "__main__":
    inv = Invoice("2024-0117", "ACME Ltd")
    inv.add("Consulting (hours)", 12, "85.00").add("Travel", 1, 42.5).add("Licences", 3, "199.99", 15)
    print(inv.render())
