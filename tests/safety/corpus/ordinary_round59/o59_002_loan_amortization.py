# family: ordinary, blind round 59 (loan amortisation schedule with Decimal)
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP
from typing import List

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Payment:
    period: int
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    if annual_rate == 0:
        return (principal / months).quantize(CENT, ROUND_HALF_UP)
    r = annual_rate / 12 / 100
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, ROUND_HALF_UP)


def amortization_schedule(principal: float, annual_rate: float, months: int) -> List[Payment]:
    p = Decimal(str(principal))
    rate = Decimal(str(annual_rate))
    pay = monthly_payment(p, rate, months)
    r = rate / 12 / 100
    balance = p
    rows: List[Payment] = []
    for period in range(1, months + 1):
        interest = (balance * r).quantize(CENT, ROUND_HALF_UP)
        principal_part = pay - interest
        if period == months or principal_part > balance:
            principal_part = balance
            pay_this = principal_part + interest
        else:
            pay_this = pay
        balance -= principal_part
        rows.append(Payment(period, pay_this, interest, principal_part, balance))
    return rows


if __name__ == "__main__":
    schedule = amortization_schedule(10000, 6.5, 12)
    print(f"{'#':>3} {'payment':>10} {'interest':>9} {'principal':>10} {'balance':>10}")
    for row in schedule:
        print(f"{row.period:>3} {row.payment:>10} {row.interest:>9} {row.principal:>10} {row.balance:>10}")
    total_interest = sum(r.interest for r in schedule)
    print("Total interest paid: {}".format(total_interest))
