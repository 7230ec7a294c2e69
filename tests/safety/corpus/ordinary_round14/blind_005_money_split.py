"""Split bills and compute taxes with exact decimal arithmetic."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")


def to_money(value) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, people: int) -> list[str]:
    """Split ``total`` among ``people`` so the parts sum exactly to the total."""
    if people <= 0:
        raise ValueError("people must be positive")
    amount = to_money(total)
    base = (amount / people).quantize(CENT, rounding=ROUND_DOWN)
    remainder = int((amount - base * people) / CENT)
    shares = [base + CENT if i < remainder else base for i in range(people)]
    return [str(s) for s in shares]


def invoice_total(lines: list[dict], tax_rate: str = "0.20", discount_pct: str = "0") -> dict:
    """Each line: {"description", "qty", "unit_price"}."""
    subtotal = Decimal("0")
    detail = []
    for line in lines:
        qty = Decimal(str(line.get("qty", 1)))
        price = Decimal(str(line["unit_price"]))
        line_total = to_money(qty * price)
        subtotal += line_total
        detail.append({"description": line.get("description", ""), "total": str(line_total)})
    discount = to_money(subtotal * Decimal(discount_pct) / 100)
    taxable = subtotal - discount
    tax = to_money(taxable * Decimal(tax_rate))
    return {
        "lines": detail,
        "subtotal": str(subtotal),
        "discount": str(discount),
        "tax": str(tax),
        "total": str(taxable + tax),
    }


if __name__ == "__main__":
    print(split_evenly("100.00", 3))
    print(split_evenly(10, 7))
    print(invoice_total([
        {"description": "Widget", "qty": 3, "unit_price": "19.99"},
        {"description": "Gadget", "qty": 1, "unit_price": 5.5},
    ], discount_pct="10"))
