"""Compute invoice totals with exact decimal arithmetic."""
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineItem:
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = Decimal("0.20")

    @property
    def net(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def tax(self) -> Decimal:
        return (self.net * self.tax_rate).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Invoice:
    number: str
    currency: str = "EUR"
    items: list[LineItem] = field(default_factory=list)
    discount_pct: Decimal = Decimal("0")

    def add(self, description: str, quantity: str, unit_price: str, tax_rate: str = "0.20") -> None:
        self.items.append(LineItem(description, Decimal(quantity), Decimal(unit_price), Decimal(tax_rate)))

    def totals(self) -> dict[str, Decimal]:
        net = sum((i.net for i in self.items), Decimal("0"))
        tax = sum((i.tax for i in self.items), Decimal("0"))
        discount = (net * self.discount_pct / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        return {"net": net, "discount": discount, "tax": tax, "gross": net - discount + tax}


def invoice_totals(number: str, lines: list[dict], discount_pct: str = "0", currency: str = "EUR") -> dict:
    inv = Invoice(number, currency=currency, discount_pct=Decimal(discount_pct))
    for line in lines:
        inv.add(line["description"], str(line.get("quantity", 1)), str(line["unit_price"]),
                str(line.get("tax_rate", "0.20")))
    totals = inv.totals()
    return {
        "invoice": inv.number,
        "lines": [f"{i.description:<20} {i.quantity:>5} x {i.unit_price:>8} = {i.net:>9}" for i in inv.items],
        **{k: f"{v:.2f} {inv.currency}" for k, v in totals.items()},
    }


if __name__ == "__main__":
    print(invoice_totals("INV-001", [
        {"description": "Consulting", "quantity": 3, "unit_price": "120.00"},
        {"description": "Book", "quantity": 1, "unit_price": "19.99", "tax_rate": "0.05"},
    ], discount_pct="10"))
