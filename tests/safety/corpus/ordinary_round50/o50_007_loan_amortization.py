# family: ordinary, blind round 50 (compute loan amortisation)
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


@dataclass
class Payment:
    period: int
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    r = annual_rate / 12
    if r == 0:
        return (principal / months).quantize(CENT, ROUND_HALF_UP)
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, ROUND_HALF_UP)


def amortisation_schedule(principal: Decimal, annual_rate: Decimal, months: int) -> list[Payment]:
    pay = monthly_payment(principal, annual_rate, months)
    balance = principal
    schedule = []
    for period in range(1, months + 1):
        interest = (balance * annual_rate / 12).quantize(CENT, ROUND_HALF_UP)
        principal_part = pay - interest
        if period == months:
            principal_part = balance
            pay = principal_part + interest
        balance -= principal_part
        schedule.append(Payment(period, pay, interest, principal_part, balance))
    return schedule


if __name__ == "__main__":
    sched = amortisation_schedule(Decimal("10000"), Decimal("0.06"), 12)
    print(f"{'#':>3} {'Payment':>10} {'Interest':>9} {'Principal':>10} {'Balance':>10}")
    for p in sched:
        print(f"{p.period:>3} {p.payment:>10} {p.interest:>9} {p.principal:>10} {p.balance:>10}")
    print("Total interest:", sum(p.interest for p in sched))
