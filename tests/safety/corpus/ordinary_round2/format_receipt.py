# ordinary: build a shop receipt using str.format with positional, named and format-spec fields
ITEM_LINE = "{0:<20} {qty:>3} x {price:>8.2f} = {total:>9,.2f}"
HEADER = "{:^44}"
FOOTER = "{label:<30}{amount:>14,.2f}"


def receipt(store: str, items: list[tuple[str, int, float]], tax_rate: float = 0.08) -> str:
    lines = [HEADER.format(store.upper()), HEADER.format("-" * 30)]
    subtotal = 0.0
    for name, qty, price in items:
        total = qty * price
        subtotal += total
        short = name if len(name) <= 20 else name[:17] + "..."
        lines.append(ITEM_LINE.format(short, qty=qty, price=price, total=total))
    tax = subtotal * tax_rate
    lines.append("=" * 44)
    lines.append(FOOTER.format(label="Subtotal", amount=subtotal))
    lines.append(FOOTER.format(label="Tax ({:.1%})".format(tax_rate), amount=tax))
    lines.append(FOOTER.format(label="TOTAL", amount=subtotal + tax))
    lines.append("")
    lines.append("{} item(s), {:,} unit(s)".format(len(items), sum(q for _, q, _ in items)))
    return "\n".join(lines)


def big_number_summary(values: list[int]) -> str:
    return "min={0:,} max={1:,} sum={2:,} hex(max)={1:#x}".format(min(values), max(values), sum(values))


if __name__ == "__main__":
    cart = [
        ("Organic bananas", 6, 0.29),
        ("Extra virgin olive oil 1L", 1, 12.49),
        ("Sourdough loaf", 2, 4.75),
        ("Coffee beans", 3, 1099.99),
    ]
    print(receipt("Corner Market", cart))
    print(big_number_summary([1200, 3_400_000, 78]))
