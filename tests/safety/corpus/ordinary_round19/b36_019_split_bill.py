"""Split a bill fairly between people using Decimal, without losing cents."""
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_money(value: str | int | Decimal) -> Decimal:
    """Convert input to a Decimal rounded to cents."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total: str | Decimal, people: int) -> list[Decimal]:
    """Split ``total`` into ``people`` shares that sum exactly to the total.

    Leftover cents are handed out one at a time to the first shares.
    """
    if people <= 0:
        raise ValueError("people must be positive")
    amount = to_money(total)
    cents = int(amount / CENT)
    base, remainder = divmod(cents, people)
    return [(Decimal(base + (1 if i < remainder else 0)) * CENT) for i in range(people)]


def split_with_tip(
    items: dict[str, list[str | Decimal]], tip_percent: str = "15", tax_percent: str = "8.5"
) -> dict[str, Decimal]:
    """Each person pays for their own items plus a proportional share of tax and tip."""
    subtotals = {name: sum((to_money(p) for p in prices), Decimal("0")) for name, prices in items.items()}
    rate = 1 + (Decimal(tip_percent) + Decimal(tax_percent)) / 100
    return {name: to_money(sub * rate) for name, sub in subtotals.items()}


if __name__ == "__main__":
    shares = split_evenly("100.00", 3)
    print(shares, sum(shares))
    print(split_evenly("0.05", 4))
    print(split_with_tip({"ana": ["12.50", "3.00"], "raj": ["22.75"], "kim": ["9.99", "4.25"]}))
