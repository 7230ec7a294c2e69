"""Loan amortization schedule with Decimal precision."""

from decimal import ROUND_HALF_EVEN, Decimal, getcontext
from typing import NamedTuple

getcontext().prec = 28
CENT = Decimal("0.01")


class Payment(NamedTuple):
    number: int
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    if annual_rate == 0:
        return (principal / months).quantize(CENT)
    r = annual_rate / 12
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, rounding=ROUND_HALF_EVEN)


def amortize(principal: str, annual_rate: str, months: int) -> list[Payment]:
    p, rate = Decimal(principal), Decimal(annual_rate)
    pay = monthly_payment(p, rate, months)
    balance = p
    schedule = []
    for n in range(1, months + 1):
        interest = (balance * rate / 12).quantize(CENT)
        principal_part = pay - interest if n < months else balance
        balance -= principal_part
        schedule.append(Payment(n, interest + principal_part, interest, principal_part, balance))
    return schedule


def amortization_table(principal: str, annual_rate: str, months: int) -> str:
    rows = amortize(principal, annual_rate, months)
    lines = ["%3s %10s %10s %10s %12s" % ("#", "payment", "interest", "principal", "balance")]
    lines += ["%3d %10s %10s %10s %12s" % tuple(r) for r in rows]
    total_interest = sum(r.interest for r in rows)
    lines.append("total interest: %s" % total_interest)
    return "\n".join(lines)


if __name__ == "__main__":
    print(amortization_table("5000", "0.06", 6))
