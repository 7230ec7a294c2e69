"""Immutable money type with __new__ and arithmetic."""
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_EVEN


class Money(tuple):
    __slots__ = ()
    __match_args__ = ("amount", "currency")

    def __new__(cls, amount: Decimal | str | int, currency: str = "USD") -> Money:
        q = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        return super().__new__(cls, (q, currency.upper()))

    @property
    def amount(self) -> Decimal:
        return self[0]

    @property
    def currency(self) -> str:
        return self[1]

    @classmethod
    def zero(cls, currency: str = "USD") -> Money:
        return cls(0, currency)

    def __add__(self, other: object) -> Money:
        match other:
            case Money(amt, cur) if cur == self.currency:
                return type(self)(self.amount + amt, cur)
            case Money():
                raise ValueError("currency mismatch")
            case int() | Decimal():
                return type(self)(self.amount + Decimal(other), self.currency)
            case _:
                return NotImplemented

    def split(self, parts: int) -> list[Money]:
        base = (self.amount / parts).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        result = [type(self)(base, self.currency) for _ in range(parts)]
        remainder = self.amount - base * parts
        i = 0
        while remainder > 0:
            result[i] = result[i] + Decimal("0.01")
            remainder -= Decimal("0.01")
            i += 1
        return result

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.amount}, {self.currency!r})"


def split_bill(total: str, people: int, currency: str = "EUR") -> list[str]:
    """Entry point: split a bill fairly, distributing leftover cents."""
    if people <= 0:
        raise ValueError("people must be positive")
    money = Money.zero(currency) + Money(total, currency)
    return [f"{m.amount} {m.currency}" for m in money.split(people)]
