# ordinary: split a bill among people using a Money class with __format__ and __call__
from decimal import Decimal, ROUND_DOWN
from typing import Any


class Money:
    def __init__(self, amount: Any, currency: str = "USD") -> None:
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"))
        self.currency = currency

    def __format__(self, spec: str) -> str:
        return f"{format(self.amount, spec or ',.2f')} {self.currency}"

    def __str__(self) -> str:
        return "{0:,.2f} {1}".format(self.amount, self.currency)

    def __add__(self, other: "Money") -> "Money":
        return type(self)(self.amount + other.amount, self.currency)

    __radd__ = lambda self, other: self if other == 0 else self + other

    def __deepcopy__(self, memo: dict) -> "Money":
        return Money(self.amount, self.currency)

    def __call__(self, parts: int) -> list["Money"]:
        base = (self.amount / parts).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        rest = int((self.amount - base * parts) * 100)
        return [Money(base + (Decimal("0.01") if i < rest else 0), self.currency) for i in range(parts)]


def split_bill(total: float, people: list[str], tip_percent: float = 0, width: int = 12) -> dict[str, Any]:
    """Split total plus tip fairly (cents distributed to the first people)."""
    if not people:
        return {"error": "need at least one person"}
    bill = Money(total) + Money(Decimal(str(total)) * Decimal(str(tip_percent)) / 100)
    shares = bill(len(people))
    return {"total": f"{bill}", "shares": {p: f"{s:>{width},.2f}" for p, s in zip(people, shares)},
            "check": str(sum(shares)), "line": "%(n)d people, %(t)s each" % {"n": len(people), "t": shares[0]}}


if __name__ == "__main__":
    print(split_bill(100, ["a", "b", "c"], 15))
