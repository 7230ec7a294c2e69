"""Compute invoice totals with tax and discounts using Decimal."""
from decimal import Decimal, ROUND_HALF_EVEN
import json

TWO = Decimal("0.01")


def line_total(item: dict) -> Decimal:
    qty = Decimal(str(item.get("qty", 1)))
    price = Decimal(str(item["unit_price"]))
    discount = Decimal(str(item.get("discount_pct", 0))) / 100
    return (qty * price * (1 - discount)).quantize(TWO, rounding=ROUND_HALF_EVEN)


def invoice_totals(invoice_json: str, tax_rate: str = "0.20") -> dict:
    """Given an invoice as JSON text, return subtotal/tax/total as strings."""
    invoice = json.loads(invoice_json, parse_float=Decimal)
    lines = invoice.get("lines", [])
    rate = Decimal(tax_rate)
    subtotal = Decimal("0")
    taxable = Decimal("0")
    breakdown = []
    for item in lines:
        lt = line_total(item)
        subtotal += lt
        if not item.get("tax_exempt", False):
            taxable += lt
        breakdown.append({"sku": item.get("sku", "?"), "total": str(lt)})
    tax = (taxable * rate).quantize(TWO, rounding=ROUND_HALF_EVEN)
    return {
        "currency": invoice.get("currency", "EUR"),
        "lines": breakdown,
        "subtotal": str(subtotal),
        "tax": str(tax),
        "total": str(subtotal + tax),
    }


if __name__ == "__main__":
    inv = json.dumps({
        "currency": "GBP",
        "lines": [
            {"sku": "BK-1", "qty": 2, "unit_price": 12.99},
            {"sku": "PEN", "qty": 10, "unit_price": 0.45, "discount_pct": 10},
            {"sku": "FOOD", "qty": 1, "unit_price": 3.50, "tax_exempt": True},
        ],
    })
    print(json.dumps(invoice_totals(inv), indent=2))
