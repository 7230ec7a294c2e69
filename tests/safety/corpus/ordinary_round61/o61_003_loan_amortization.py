# family: ordinary, blind round 61 (loan amortization schedule)
from dataclasses import dataclass, asdict
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Installment:
    period: int
    payment: str
    principal: str
    interest: str
    balance: str


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def amortization_schedule(principal: str, annual_rate_pct: str, months: int) -> dict:
    """Build a fixed-payment amortization schedule.

    Args:
        principal: Loan amount as a decimal string, e.g. "25000".
        annual_rate_pct: Annual interest rate in percent, e.g. "6.5".
        months: Number of monthly payments.
    """
    if months <= 0:
        raise ValueError("months must be positive")
    p = Decimal(principal)
    r = Decimal(annual_rate_pct) / Decimal(100) / Decimal(12)
    payment = _money(p / months if r == 0 else p * r / (1 - (1 + r) ** -months))
    balance, rows, total_interest = p, [], Decimal(0)
    for n in range(1, months + 1):
        interest = _money(balance * r)
        principal_part = payment - interest if n < months else balance
        pay = principal_part + interest
        balance = _money(balance - principal_part)
        total_interest += interest
        rows.append(Installment(n, str(pay), str(principal_part), str(interest), str(balance)))
    return {
        "monthly_payment": str(payment),
        "total_interest": str(total_interest),
        "schedule": [asdict(row) for row in rows],
    }


if __name__ == "__main__":
    result = amortization_schedule("5000", "7.2", 6)
    print(result["monthly_payment"], result["total_interest"])
    for row in result["schedule"]:
        print(row)
