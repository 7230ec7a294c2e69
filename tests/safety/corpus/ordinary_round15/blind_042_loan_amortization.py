"""Loan amortisation schedule with Decimal money rounding."""
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    if annual_rate == 0:
        return (principal / months).quantize(CENT, ROUND_HALF_UP)
    r = annual_rate / 12 / 100
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, ROUND_HALF_UP)


def amortize(principal: str, annual_rate_pct: str, months: int, extra: str = "0") -> dict:
    p = Decimal(principal)
    rate = Decimal(annual_rate_pct)
    pay = monthly_payment(p, rate, months)
    extra_d = Decimal(extra)
    r = rate / 12 / 100
    balance, schedule, total_interest = p, [], Decimal(0)
    month = 0
    while balance > 0 and month < months * 2:
        month += 1
        interest = (balance * r).quantize(CENT, ROUND_HALF_UP)
        principal_part = min(pay + extra_d - interest, balance)
        balance -= principal_part
        total_interest += interest
        schedule.append({"month": month, "payment": str(principal_part + interest),
                         "interest": str(interest), "principal": str(principal_part),
                         "balance": str(balance)})
    return {"monthly_payment": str(pay), "months": month, "total_interest": str(total_interest),
            "first": schedule[:2], "last": schedule[-1]}


if __name__ == "__main__":
    print(amortize("20000", "6.5", 60))
    print(amortize("20000", "6.5", 60, extra="200")["months"])
    print(amortize("1200", "0", 12)["monthly_payment"])
