# ordinary: split a bill among people with Decimal, distributing leftover cents fairly
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

__all__ = ["split_bill", "add_tip"]

CENT = Decimal("0.01")


def add_tip(amount: Decimal | str, tip_percent: float | str = 15) -> Decimal:
    """Return the amount with a tip added, rounded to the cent."""
    base = Decimal(str(amount))
    tip = base * Decimal(str(tip_percent)) / Decimal(100)
    return (base + tip).quantize(CENT, rounding=ROUND_HALF_UP)


def split_bill(total: Decimal | str, people: int) -> list[Decimal]:
    """Split ``total`` into ``people`` shares that add back up exactly.

    The first shares absorb any remaining cents, so no money is lost.
    """
    if people <= 0:
        raise ValueError(f"people must be positive, got {people!r}")
    total = Decimal(str(total)).quantize(CENT, rounding=ROUND_HALF_UP)
    base_share = (total / people).quantize(CENT, rounding=ROUND_DOWN)
    remainder = total - base_share * people
    extra_cents = int(remainder / CENT)
    shares = [base_share + (CENT if i < extra_cents else Decimal(0)) for i in range(people)]
    assert sum(shares) == total, "shares must add up to the total"
    return shares


def format_shares(shares: list[Decimal], names: list[str] | None = None) -> str:
    names = names or [f"Person {i + 1}" for i in range(len(shares))]
    width = max(len(n) for n in names)
    lines = [f"{name:<{width}}  ${share:>8,.2f}" for name, share in zip(names, shares)]
    lines.append("-" * (width + 11))
    lines.append(f"{'Total':<{width}}  ${sum(shares):>8,.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    bill = add_tip("187.45", 18)
    print(format_shares(split_bill(bill, 3), ["Ann", "Bob", "Cleo"]))
