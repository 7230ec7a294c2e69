"""Split a bill fairly using Decimal, distributing leftover cents."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

CENT = Decimal("0.01")


def to_money(value) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_bill(total, people: int, tip_percent=0) -> list[Decimal]:
    """Split ``total`` plus tip among ``people``; shares differ by at most a cent."""
    if people <= 0:
        raise ValueError("people must be positive")
    total = to_money(total)
    tip = to_money(total * Decimal(str(tip_percent)) / 100)
    grand = total + tip
    base = (grand / people).quantize(CENT, rounding=ROUND_DOWN)
    shares = [base] * people
    leftover = int((grand - base * people) / CENT)
    for i in range(leftover):
        shares[i] += CENT
    return shares


def weighted_split(total, weights: dict[str, float]) -> dict[str, Decimal]:
    total = to_money(total)
    wsum = sum(Decimal(str(w)) for w in weights.values())
    result = {name: (total * Decimal(str(w)) / wsum).quantize(CENT, rounding=ROUND_DOWN)
              for name, w in weights.items()}
    remainder = total - sum(result.values())
    for name in sorted(weights, key=weights.get, reverse=True):
        if remainder <= 0:
            break
        result[name] += CENT
        remainder -= CENT
    return result


if __name__ == "__main__":
    print(split_bill("100.00", 3, tip_percent=15))
    print(weighted_split("50", {"ann": 2, "bob": 1, "cid": 1}))
