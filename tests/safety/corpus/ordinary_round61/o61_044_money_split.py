# family: ordinary, blind round 61 (fair bill splitter with Decimal rounding)
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation

CURRENCY_EXPONENTS = {"USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "KWD": 3}


class MoneyError(ValueError):
    pass


def _quantum(currency: str) -> Decimal:
    try:
        return Decimal(1).scaleb(-CURRENCY_EXPONENTS[currency])
    except KeyError as err:
        raise MoneyError(f"unsupported currency {currency}") from err


def split_bill(total: str, weights: dict[str, float], currency: str = "USD",
               tip_percent: str = "0") -> dict:
    """Split a bill (plus optional tip) among people by weight so parts sum exactly to the total.

    Uses the largest-remainder method: each share is rounded down to the currency's minor
    unit and leftover units go to the largest fractional remainders.
    """
    q = _quantum(currency)
    try:
        amount = Decimal(total) * (1 + Decimal(tip_percent) / 100)
    except InvalidOperation as err:
        raise MoneyError(f"invalid amount {total!r} or tip {tip_percent!r}") from err
    amount = amount.quantize(q, rounding=ROUND_HALF_EVEN)
    weight_sum = sum(Decimal(str(w)) for w in weights.values())
    if weight_sum <= 0:
        raise MoneyError("weights must sum to a positive number")
    exact = {name: amount * Decimal(str(w)) / weight_sum for name, w in weights.items()}
    shares = {name: value.quantize(q, rounding=ROUND_DOWN) for name, value in exact.items()}
    leftover_units = int((amount - sum(shares.values())) / q)
    by_remainder = sorted(exact, key=lambda n: (exact[n] - shares[n], n), reverse=True)
    for name in by_remainder[:leftover_units]:
        shares[name] += q
    assert sum(shares.values()) == amount
    return {"currency": currency, "total_with_tip": str(amount),
            "shares": {n: str(v) for n, v in shares.items()}, "units_redistributed": leftover_units}


if __name__ == "__main__":
    print(split_bill("100.00", {"ana": 1, "ben": 1, "cy": 1}))
    print(split_bill("87.35", {"ana": 2, "ben": 1, "cy": 1.5}, tip_percent="18"))
    print(split_bill("10000", {"ana": 1, "ben": 2}, currency="JPY"))
