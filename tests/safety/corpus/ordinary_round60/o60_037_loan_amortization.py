# family: ordinary, blind round 60 (loan amortization schedule with cached_property)
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP
from functools import cached_property
from itertools import accumulate

CENT = Decimal("0.01")


def money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Payment:
    month: int
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


class Loan:
    def __init__(self, principal, annual_rate, years: int):
        self.principal = Decimal(str(principal))
        self.annual_rate = Decimal(str(annual_rate))
        self.months = years * 12
        if self.principal <= 0 or self.months <= 0:
            raise ValueError("principal and term must be positive")

    @cached_property
    def monthly_payment(self) -> Decimal:
        r = self.annual_rate / 12
        if r == 0:
            return money(self.principal / self.months)
        factor = (1 + r) ** self.months
        return money(self.principal * r * factor / (factor - 1))

    @cached_property
    def schedule(self) -> list[Payment]:
        rows, balance, r = [], self.principal, self.annual_rate / 12
        for month in range(1, self.months + 1):
            interest = money(balance * r)
            is_last = month == self.months
            pay = balance + interest if is_last else min(self.monthly_payment, balance + interest)
            principal = pay - interest
            balance -= principal
            rows.append(Payment(month, pay, interest, principal, balance))
        return rows

    @property
    def total_interest(self) -> Decimal:
        return sum((p.interest for p in self.schedule), Decimal(0))

    def equity_after(self, months: int) -> Decimal:
        return list(accumulate(p.principal for p in self.schedule))[months - 1]


if __name__ == "__main__":
    loan = Loan(25_000, 0.065, 5)
    print(f"monthly payment: {loan.monthly_payment}")
    print(f"{'mo':>3} {'payment':>9} {'interest':>9} {'principal':>10} {'balance':>10}")
    for p in loan.schedule[:3] + loan.schedule[-2:]:
        print(f"{p.month:>3} {p.payment:>9} {p.interest:>9} {p.principal:>10} {p.balance:>10}")
    print(f"total interest: {loan.total_interest}")
    print(f"equity after 2 years: {loan.equity_after(24)}")
    print(f"zero-rate payment: {Loan(1200, 0, 1).monthly_payment}")
