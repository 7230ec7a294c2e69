"""Compute invoice line totals, discounts and VAT breakdown."""
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass
class LineItem:
    description: str
    quantity: int
    unit_price: Decimal
    vat_rate: Decimal = Decimal("20")
    discount_percent: Decimal = Decimal("0")

    @property
    def net(self) -> Decimal:
        gross = self.unit_price * self.quantity
        discount = gross * self.discount_percent / 100
        return (gross - discount).quantize(CENT, ROUND_HALF_UP)

    @property
    def vat(self) -> Decimal:
        return (self.net * self.vat_rate / 100).quantize(CENT, ROUND_HALF_UP)


def invoice_summary(lines: list[LineItem]) -> dict[str, object]:
    """Net, VAT per rate, and gross total for the invoice."""
    vat_by_rate: dict[Decimal, Decimal] = defaultdict(lambda: Decimal("0"))
    net_total = Decimal("0")
    for line in lines:
        net_total += line.net
        vat_by_rate[line.vat_rate] += line.vat
    vat_total = sum(vat_by_rate.values(), Decimal("0"))
    return {
        "net": net_total,
        "vat": {f"{rate}%": amount for rate, amount in sorted(vat_by_rate.items())},
        "vat_total": vat_total,
        "gross": net_total + vat_total,
    }


def render_invoice(lines: list[LineItem]) -> str:
    rows = [f"{'Item':<20}{'Qty':>5}{'Net':>10}{'VAT':>8}"]
    for li in lines:
        rows.append(f"{li.description:<20}{li.quantity:>5}{li.net:>10}{li.vat:>8}")
    s = invoice_summary(lines)
    rows.append(f"{'Total':<25}{s['net']:>10}{s['vat_total']:>8}")
    rows.append(f"{'Amount due':<25}{s['gross']:>10}")
    return "\n".join(rows)


if __name__ == "__main__":
    items = [
        LineItem("Consulting hours", 10, Decimal("85.00")),
        LineItem("Book", 2, Decimal("12.99"), vat_rate=Decimal("5")),
        LineItem("Software licence", 3, Decimal("49.90"), discount_percent=Decimal("10")),
    ]
    print(render_invoice(items))
    print(invoice_summary(items)["vat"])
