"""Fixed-rate loan amortization schedule with Decimal precision."""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Payment:
    number: int
    payment: Decimal
    principal: Decimal
    interest: Decimal
    balance: Decimal


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    """Standard annuity formula; zero-interest loans are split evenly."""
    if annual_rate == 0:
        return (principal / months).quantize(CENT, ROUND_HALF_UP)
    r = annual_rate / 12 / 100
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, ROUND_HALF_UP)


def amortize(principal: str, annual_rate: str, months: int) -> list[Payment]:
    """Return the full schedule; the last payment absorbs rounding differences."""
    balance = Decimal(principal)
    rate = Decimal(annual_rate)
    pay = monthly_payment(balance, rate, months)
    schedule = []
    for n in range(1, months + 1):
        interest = (balance * rate / 12 / 100).quantize(CENT, ROUND_HALF_UP)
        principal_part = pay - interest
        if n == months or principal_part > balance:
            principal_part = balance
        balance -= principal_part
        schedule.append(Payment(n, principal_part + interest, principal_part, interest, balance))
    return schedule


def total_interest(schedule: list[Payment]) -> Decimal:
    return sum((p.interest for p in schedule), Decimal("0"))


if __name__ == "__main__":
    plan = amortize("10000", "6.5", 12)
    print(f"{'#':>3} {'payment':>10} {'principal':>10} {'interest':>9} {'balance':>10}")
    for p in plan:
        print(f"{p.number:>3} {p.payment:>10} {p.principal:>10} {p.interest:>9} {p.balance:>10}")
    print("total interest:", total_interest(plan))
