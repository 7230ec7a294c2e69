# ordinary: fixed-rate loan amortization schedule using Decimal, with dataclass rows
from dataclasses import dataclass, astuple
from decimal import Decimal, ROUND_HALF_UP, getcontext
from typing import Iterator

getcontext().prec = 28
CENTS = Decimal("0.01")


@dataclass(frozen=True)
class Payment:
    number: int
    payment: Decimal
    principal: Decimal
    interest: Decimal
    balance: Decimal


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    r = annual_rate / 12 / 100
    if r == 0:
        return (principal / months).quantize(CENTS, ROUND_HALF_UP)
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENTS, ROUND_HALF_UP)


def schedule(principal: str, annual_rate: str, months: int) -> Iterator[Payment]:
    balance = Decimal(principal)
    rate = Decimal(annual_rate)
    pay = monthly_payment(balance, rate, months)
    for n in range(1, months + 1):
        interest = (balance * rate / 1200).quantize(CENTS, ROUND_HALF_UP)
        principal_part = pay - interest
        if n == months or principal_part > balance:
            principal_part = balance
        balance -= principal_part
        yield Payment(n, principal_part + interest, principal_part, interest, balance)


def render(principal: str, rate: str, months: int, show: int = 3) -> str:
    rows = list(schedule(principal, rate, months))
    head = f"{'#':>3} {'payment':>10} {'principal':>10} {'interest':>9} {'balance':>11}"
    fmt = "{:>3} {:>10,.2f} {:>10,.2f} {:>9,.2f} {:>11,.2f}"
    body = [fmt.format(*astuple(r)) for r in rows[:show]] + ["..."] + [fmt.format(*astuple(r)) for r in rows[-show:]]
    total_interest = sum(r.interest for r in rows)
    return "\n".join([head, *body, f"Total interest: {total_interest:,.2f}"])


if __name__ == "__main__":
    print(render("250000", "6.5", 360))
    print(render("12000", "0", 12, show=2))
