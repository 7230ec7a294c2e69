# family: ordinary, blind round 50 (Protocol-based strategy pattern)
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, runtime_checkable


@dataclass
class Cart:
    subtotal: Decimal
    items: int
    customer_tier: str = "standard"


@runtime_checkable
class DiscountStrategy(Protocol):
    name: str

    def discount(self, cart: Cart) -> Decimal: ...


class NoDiscount:
    name = "none"

    def discount(self, cart: Cart) -> Decimal:
        return Decimal("0")


class PercentageOff:
    def __init__(self, pct: int) -> None:
        self.pct = pct
        self.name = f"{pct}% off"

    def discount(self, cart: Cart) -> Decimal:
        return (cart.subtotal * self.pct / 100).quantize(Decimal("0.01"))


class BulkDiscount:
    name = "bulk"

    def discount(self, cart: Cart) -> Decimal:
        return Decimal("15.00") if cart.items >= 10 else Decimal("0")


class LoyaltyDiscount:
    name = "loyalty"
    RATES = {"gold": Decimal("0.10"), "silver": Decimal("0.05")}

    def discount(self, cart: Cart) -> Decimal:
        return (cart.subtotal * self.RATES.get(cart.customer_tier, Decimal(0))).quantize(Decimal("0.01"))


def best_strategy(cart: Cart, strategies: list[DiscountStrategy]) -> tuple[DiscountStrategy, Decimal]:
    return max(((s, s.discount(cart)) for s in strategies), key=lambda pair: pair[1])


def checkout(cart: Cart, strategy: DiscountStrategy) -> Decimal:
    if not isinstance(strategy, DiscountStrategy):
        raise TypeError(f"{strategy!r} does not implement DiscountStrategy")
    return max(cart.subtotal - strategy.discount(cart), Decimal("0"))


if __name__ == "__main__":
    strategies: list[DiscountStrategy] = [NoDiscount(), PercentageOff(8), BulkDiscount(), LoyaltyDiscount()]
    for cart in [Cart(Decimal("120.00"), 3), Cart(Decimal("150.00"), 12), Cart(Decimal("300.00"), 2, "gold")]:
        strat, amount = best_strategy(cart, strategies)
        print(f"subtotal {cart.subtotal:>7} -> best '{strat.name}' saves {amount:>6}, pay {checkout(cart, strat)}")
    try:
        checkout(Cart(Decimal("10"), 1), object())  # type: ignore[arg-type]
    except TypeError as e:
        print("error:", e)
