"""Invoice model with numbering, due dates and plain-text rendering."""
import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

_numbers = itertools.count(1)


class Terms(Enum):
    DUE_ON_RECEIPT = 0
    NET_15 = 15
    NET_30 = 30

    def due_date(self, issued: date) -> date:
        return issued + timedelta(days=self.value)


@dataclass
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(Decimal("0.01"))


@dataclass
class Invoice:
    customer: str
    issued: date
    terms: Terms = Terms.NET_30
    lines: list[Line] = field(default_factory=list)
    number: str = field(default_factory=lambda: f"INV-{next(_numbers):05d}")
    paid: Decimal = Decimal("0")

    def add(self, description: str, quantity: str, unit_price: str) -> "Invoice":
        self.lines.append(Line(description, Decimal(quantity), Decimal(unit_price)))
        return self

    @property
    def total(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))

    @property
    def balance(self) -> Decimal:
        return self.total - self.paid

    def is_overdue(self, today: date) -> bool:
        return self.balance > 0 and today > self.terms.due_date(self.issued)

    def render(self) -> str:
        out = [f"Invoice {self.number} for {self.customer}",
               f"Issued {self.issued:%d %b %Y}, due {self.terms.due_date(self.issued):%d %b %Y}"]
        out += [f"  {ln.description:<22} {ln.quantity:>5} x {ln.unit_price:>8} = {ln.amount:>9}" for ln in self.lines]
        out.append(f"  {'Total':<42} {self.total:>9}")
        out.append(f"  {'Balance due':<42} {self.balance:>9}")
        return "\n".join(out)


if __name__ == "__main__":
    inv = Invoice("Acme Ltd", date(2024, 4, 1), Terms.NET_15)
    inv.add("Website redesign", "1", "2400.00").add("Hosting (months)", "12", "19.50")
    inv.paid = Decimal("1000")
    print(inv.render())
    print(inv.is_overdue(date(2024, 4, 20)), Invoice("Beta", date(2024, 4, 1)).number)
