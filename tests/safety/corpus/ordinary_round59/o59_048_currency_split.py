# family: ordinary, blind round 59 (split a bill fairly with tips, rounding to cents)
from decimal import Decimal, ROUND_DOWN
from typing import Dict, Mapping


def split_bill(items: Mapping[str, Mapping[str, Decimal]], tax_rate: str = "0.08",
               tip_rate: str = "0.18") -> Dict[str, Decimal]:
    """items: person -> {item name: price}. Tax and tip are distributed pro rata.

    Leftover cents from rounding go to the people with the largest fractional remainders.
    """
    subtotals = {p: sum((Decimal(str(v)) for v in d.values()), Decimal("0")) for p, d in items.items()}
    subtotal = sum(subtotals.values(), Decimal("0"))
    if subtotal == 0:
        return {p: Decimal("0.00") for p in items}
    total = (subtotal * (1 + Decimal(tax_rate) + Decimal(tip_rate))).quantize(Decimal("0.01"))
    exact = {p: total * s / subtotal for p, s in subtotals.items()}
    shares = {p: v.quantize(Decimal("0.01"), rounding=ROUND_DOWN) for p, v in exact.items()}
    leftover = int((total - sum(shares.values())) * 100)
    by_remainder = sorted(exact, key=lambda p: (exact[p] - shares[p], p), reverse=True)
    for person in by_remainder[:leftover]:
        shares[person] += Decimal("0.01")
    return shares


if __name__ == "__main__":
    dinner = {
        "alice": {"pasta": Decimal("18.50"), "wine": Decimal("9.00")},
        "bob": {"steak": Decimal("32.00")},
        "cara": {"salad": Decimal("12.25"), "soda": Decimal("3.10")},
    }
    shares = split_bill(dinner)
    for person, amount in shares.items():
        print("{:<6} owes ${}".format(person, amount))
    print("total: ${}".format(sum(shares.values())))
    even = split_bill({"x": {"a": 10}, "y": {"b": 10}, "z": {"c": 10}}, "0", "0.1")
    print(even, sum(even.values()))
