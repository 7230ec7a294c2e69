# family: ordinary, blind round 60 (invoice calculator with dataclasses and decimal)
from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP, localcontext


class InvoiceError(ValueError):
    """Raised when an invoice line is invalid."""


@dataclass
class LineItem:
    description: str
    quantity: int
    unit_price: Decimal

    def __post_init__(self):
        if self.quantity <= 0:
            raise InvoiceError(f"quantity must be positive: {self.quantity}")
        if not isinstance(self.unit_price, Decimal):
            self.unit_price = Decimal(str(self.unit_price))

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Invoice:
    customer: str
    tax_rate: Decimal = Decimal("0.19")
    items: list[LineItem] = field(default_factory=list)

    def add(self, description: str, quantity: int, unit_price) -> "Invoice":
        self.items.append(LineItem(description, quantity, unit_price))
        return self

    @property
    def subtotal(self) -> Decimal:
        return sum((item.total for item in self.items), Decimal("0"))

    def totals(self) -> dict[str, Decimal]:
        with localcontext() as ctx:
            ctx.prec = 28
            ctx.rounding = ROUND_HALF_UP
            cents = Decimal("0.01")
            sub = self.subtotal.quantize(cents)
            tax = (sub * self.tax_rate).quantize(cents)
            return {"subtotal": sub, "tax": tax, "total": sub + tax}

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update({k: str(v) for k, v in self.totals().items()})
        data["tax_rate"] = str(self.tax_rate)
        for item in data["items"]:
            item["unit_price"] = str(item["unit_price"])
        return data


if __name__ == "__main__":
    inv = Invoice("ACME Corp")
    inv.add("Widget", 3, "19.99").add("Gadget", 1, Decimal("249.50"))
    for name, value in inv.totals().items():
        print(f"{name:>10}: {value}")
    print(inv.to_dict())
    try:
        inv.add("Broken", 0, "1.00")
    except InvoiceError as exc:
        print("error:", exc)
