# family: ordinary, blind round 48 (decimal invoice calculator)
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")

LINE_ITEMS = [
    # description, quantity, unit price, tax rate
    ("Consulting (hours)", Decimal("7.5"), Decimal("120.00"), Decimal("0.20")),
    ("Hosting - March", Decimal("1"), Decimal("49.99"), Decimal("0.20")),
    ("Books", Decimal("3"), Decimal("12.33"), Decimal("0.05")),
    ("Discount voucher", Decimal("1"), Decimal("-25.00"), Decimal("0.20")),
]


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def compute(items):
    rows = []
    subtotal = Decimal("0")
    tax_by_rate = {}
    for desc, qty, price, rate in items:
        net = money(qty * price)
        subtotal += net
        tax_by_rate[rate] = tax_by_rate.get(rate, Decimal("0")) + net
        rows.append((desc, qty, price, net))
    taxes = {rate: money(base * rate) for rate, base in tax_by_rate.items()}
    total = subtotal + sum(taxes.values())
    return rows, subtotal, taxes, total


def print_invoice(items):
    rows, subtotal, taxes, total = compute(items)
    print(f"{'Item':<22}{'Qty':>6}{'Price':>10}{'Net':>11}")
    print("-" * 49)
    for desc, qty, price, net in rows:
        print(f"{desc:<22}{qty:>6}{price:>10}{net:>11}")
    print("-" * 49)
    print(f"{'Subtotal':<38}{subtotal:>11}")
    for rate, amount in sorted(taxes.items()):
        print(f"{'VAT ' + format(rate * 100, '.0f') + '%':<38}{amount:>11}")
    print(f"{'TOTAL':<38}{total:>11}")


if __name__ == "__main__":
    print_invoice(LINE_ITEMS)
    # split the total three ways without losing a cent
    _, _, _, total = compute(LINE_ITEMS)
    share = money(total / 3)
    parts = [share, share, total - 2 * share]
    print("split:", [str(p) for p in parts], "sum ok:", sum(parts) == total)
