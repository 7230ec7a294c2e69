"""Invoice model whose derived totals are computed from InitVar inputs."""
from __future__ import annotations

from dataclasses import InitVar, asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    return value.quantize(TWO, ROUND_HALF_UP)


@dataclass
class InvoiceLine:
    description: str
    quantity: int
    unit_price: Decimal
    tax_rate: InitVar[Decimal] = Decimal("0.20")
    discount_pct: InitVar[Decimal] = Decimal(0)
    net: Decimal = field(init=False)
    tax: Decimal = field(init=False)

    def __post_init__(self, tax_rate: Decimal, discount_pct: Decimal) -> None:
        if self.quantity <= 0:
            raise ValueError("quantity must be positive")
        gross = self.unit_price * self.quantity
        self.net = money(gross * (1 - discount_pct / 100))
        self.tax = money(self.net * tax_rate)

    @property
    def total(self) -> Decimal:
        return self.net + self.tax


@dataclass
class Invoice:
    number: str
    customer: str
    lines: list[InvoiceLine] = field(default_factory=list)

    def add(self, description: str, quantity: int, unit_price: str, **kwargs: Decimal) -> "Invoice":
        self.lines.append(InvoiceLine(description, quantity, Decimal(unit_price), **kwargs))
        return self

    def totals(self) -> dict[str, Decimal]:
        net = sum((l.net for l in self.lines), Decimal(0))
        tax = sum((l.tax for l in self.lines), Decimal(0))
        return {"net": net, "tax": tax, "gross": net + tax}

    def render(self) -> str:
        rows = [f"Invoice {self.number} for {self.customer}"]
        rows += [f"  {l.quantity:>3} x {l.description:<12} {l.net:>9} +{l.tax:>7}" for l in self.lines]
        rows += [f"  {k.upper():<18} {v:>9}" for k, v in self.totals().items()]
        return "\n".join(rows)


if __name__ == "__main__":
    inv = (Invoice("2024-001", "ACME")
           .add("consulting", 10, "95.00")
           .add("books", 3, "12.50", tax_rate=Decimal("0.05"))
           .add("license", 1, "300", discount_pct=Decimal(15)))
    print(inv.render())
    print(asdict(inv.lines[1]))
