"""Loan amortisation schedule with exact decimal rounding."""
from decimal import ROUND_HALF_EVEN, Decimal, getcontext

getcontext().prec = 28
CENTS = Decimal("0.01")


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    if annual_rate == 0:
        return (principal / months).quantize(CENTS)
    r = annual_rate / 12 / 100
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENTS, rounding=ROUND_HALF_EVEN)


def amortize(principal: str, annual_rate_pct: str, years: int, extra_payment: str = "0",
             show_rows: int = 6) -> dict:
    p = Decimal(principal)
    rate = Decimal(annual_rate_pct)
    n = years * 12
    payment = monthly_payment(p, rate, n)
    extra = Decimal(extra_payment)
    r = rate / 12 / 100
    balance, total_interest, month = p, Decimal("0"), 0
    rows = []
    while balance > 0 and month < n:
        month += 1
        interest = (balance * r).quantize(CENTS)
        principal_part = min(payment + extra - interest, balance)
        balance -= principal_part
        total_interest += interest
        rows.append("%4d %12s %10s %10s %14s" % (month, payment + extra, interest, principal_part, balance))
    header = "%4s %12s %10s %10s %14s" % ("#", "payment", "interest", "principal", "balance")
    return {
        "payment": str(payment),
        "months_to_payoff": month,
        "total_interest": str(total_interest),
        "total_paid": str(p + total_interest),
        "schedule": [header] + rows[:show_rows] + (["..."] if len(rows) > show_rows else []) + rows[-1:],
    }


if __name__ == "__main__":
    result = amortize("250000", "4.5", 30, extra_payment="200")
    print({k: v for k, v in result.items() if k != "schedule"})
    print("\n".join(result["schedule"]))
