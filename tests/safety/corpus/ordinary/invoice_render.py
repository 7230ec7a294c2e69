from datetime import date
from decimal import Decimal
from string import Template

HEADER = Template("Invoice $number for $customer\nDate: $when\n")
LINE = "{description:<30} {quantity:>4} x {price:>9} = {amount:>10}"


def render_invoice(number: int, customer: str, lines: list[dict], tax_rate: str = "0.2") -> str:
    """Render a plain-text invoice."""
    out = [HEADER.substitute(number=number, customer=customer, when=date(2024, 1, 31).isoformat())]
    subtotal = Decimal("0")
    for line in lines:
        price = Decimal(str(line["price"]))
        quantity = int(line.get("quantity", 1))
        amount = price * quantity
        subtotal += amount
        out.append(
            LINE.format(
                description=line["description"][:30],
                quantity=quantity,
                price=f"{price:.2f}",
                amount=f"{amount:.2f}",
            )
        )
    tax = (subtotal * Decimal(tax_rate)).quantize(Decimal("0.01"))
    out.append("-" * 60)
    out.append("{:>49} {:>10.2f}".format("Subtotal", subtotal))
    out.append("{:>49} {:>10.2f}".format(f"Tax {Decimal(tax_rate) * 100:.0f}%", tax))
    out.append("{:>49} {:>10.2f}".format("Total", subtotal + tax))
    return "\n".join(out)
