# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Split group expenses and compute minimal settlements."""
from __future__ import annotations
from collections import defaultdict
from dataclasses import dataclass, field, KW_ONLY
from decimal import Decimal
from typing import Optional

People = list[str]

@dataclass
class Expense:
    description: str
    amount: Decimal
    paid_by: str
    _: KW_ONLY
    shared_with: People = field(default_factory=list)
    category: Optional[str] = None

    def __post_init__(self) -> None:
        self.amount = Decimal(self.amount)
        if self.amount <= 0:
            raise ValueError("expense amount must be positive")


@dataclass(frozen=True)
class Transfer:
    debtor: str
    creditor: str
    amount: Decimal


@dataclass
class Trip:
    members: People
    expenses: list[Expense] = field(default_factory=list)

    def add(self, expense: Expense) -> None:
        if expense.paid_by not in self.members:
            raise KeyError(f"unknown payer {expense.paid_by}")
        if not expense.shared_with:
            expense.shared_with = list(self.members)
        self.expenses.append(expense)

    def balances(self) -> dict[str, Decimal]:
        bal: dict[str, Decimal] = defaultdict(Decimal)
        for e in self.expenses:
            share = (e.amount / len(e.shared_with)).quantize(Decimal("0.01"))
            bal[e.paid_by] += e.amount
            for p in e.shared_with:
                bal[p] -= share
        return {m: bal[m] for m in self.members}

    def settle(self) -> list[Transfer]:
        bal = self.balances()
        debtors = sorted(((-v, k) for k, v in bal.items() if v < 0), reverse=True)
        creditors = sorted(((v, k) for k, v in bal.items() if v > 0), reverse=True)
        transfers: list[Transfer] = []
        i = j = 0
        while i < len(debtors) and j < len(creditors):
            owe, d = debtors[i]
            due, c = creditors[j]
            amt = min(owe, due)
            transfers.append(Transfer(d, c, amt))
            debtors[i], creditors[j] = (owe - amt, d), (due - amt, c)
            if debtors[i][0] == 0:
                i += 1
            if creditors[j][0] == 0:
                j += 1
        return transfers


if __name__ == "__main__":
    trip = Trip(["ann", "bo", "cy"])
    trip.add(Expense("hotel", Decimal("300"), "ann", category="lodging"))
    trip.add(Expense("dinner", Decimal("90"), "bo"))
    trip.add(Expense("taxi", Decimal("30"), "cy", shared_with=["cy", "bo"]))
    print(trip.balances())
    for t in trip.settle():
        print(f"{t.debtor} pays {t.creditor} {t.amount}")
