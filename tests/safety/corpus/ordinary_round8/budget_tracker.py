"""Monthly budget tracker: compare spending against category limits."""
from collections import defaultdict
from decimal import Decimal
from functools import reduce
from operator import add, attrgetter
from typing import TypedDict


class Expense(TypedDict):
    date: str
    amount: str
    category: str
    note: str


class CategoryStatus:
    def __init__(self, name: str, limit: Decimal, spent: Decimal) -> None:
        self.name = name
        self.limit = limit
        self.spent = spent

    @property
    def remaining(self) -> Decimal:
        return self.limit - self.spent

    @property
    def used_pct(self) -> float:
        return float(self.spent / self.limit * 100) if self.limit else 100.0

    def bar(self, width: int = 20) -> str:
        filled = min(width, int(self.used_pct / 100 * width))
        return "[" + "#" * filled + "." * (width - filled) + "]"


def budget_report(expenses: list[Expense], limits: dict[str, str], month: str) -> dict:
    spent: dict[str, Decimal] = defaultdict(Decimal)
    for e in expenses:
        if not e["date"].startswith(month):
            continue
        spent[e.get("category") or "misc"] += Decimal(e["amount"])
    names = sorted(set(limits) | set(spent))
    statuses = [CategoryStatus(n, Decimal(limits.get(n, "0")), spent.get(n, Decimal("0"))) for n in names]
    statuses.sort(key=attrgetter("used_pct"), reverse=True)
    total_spent = reduce(add, (s.spent for s in statuses), Decimal("0"))
    total_limit = reduce(add, (s.limit for s in statuses), Decimal("0"))
    lines = ["%-12s %s %6.1f%%  %10s left" % (s.name, s.bar(), s.used_pct, s.remaining) for s in statuses]
    over = [getattr(s, "name", "?") for s in statuses if s.remaining < 0]
    return {"month": month, "lines": lines, "over_budget": over,
            "total_spent": str(total_spent), "total_limit": str(total_limit)}


if __name__ == "__main__":
    exp: list[Expense] = [
        {"date": "2024-05-02", "amount": "54.20", "category": "groceries", "note": ""},
        {"date": "2024-05-09", "amount": "120.00", "category": "groceries", "note": ""},
        {"date": "2024-05-11", "amount": "35.00", "category": "fun", "note": "cinema"},
        {"date": "2024-05-20", "amount": "80.00", "category": "fun", "note": "concert"},
        {"date": "2024-04-28", "amount": "999.00", "category": "fun", "note": "april"},
        {"date": "2024-05-21", "amount": "12.00", "category": "", "note": "parking"},
    ]
    for line in budget_report(exp, {"groceries": "300", "fun": "100", "transport": "60"}, "2024-05")["lines"]:
        print(line)
