# family: ordinary, blind round 61 (shopping cart discount rule engine)
from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


@dataclass
class Line:
    sku: str
    category: str
    unit_price: Decimal
    qty: int

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.qty


class Rule(ABC):
    def __init__(self, **params) -> None:
        self.params = params

    @abstractmethod
    def discount(self, lines: list[Line]) -> Decimal: ...


class PercentOffCategory(Rule):
    def discount(self, lines):
        pct = Decimal(str(self.params["percent"])) / 100
        return sum((l.total * pct for l in lines if l.category == self.params["category"]), Decimal(0))


class BuyXGetYFree(Rule):
    def discount(self, lines):
        x, y = self.params["buy"], self.params["free"]
        return sum((l.unit_price * (l.qty // (x + y)) * y for l in lines if l.sku == self.params["sku"]), Decimal(0))


class ThresholdAmountOff(Rule):
    def discount(self, lines):
        subtotal = sum((l.total for l in lines), Decimal(0))
        return Decimal(str(self.params["off"])) if subtotal >= Decimal(str(self.params["min_total"])) else Decimal(0)


RULE_TYPES: dict[str, type[Rule]] = {"percent_off_category": PercentOffCategory,
                                     "buy_x_get_y": BuyXGetYFree, "threshold_off": ThresholdAmountOff}


def apply_discounts(cart: list[dict], rules: list[dict]) -> dict:
    """Apply configured discount rules to a cart and return the price breakdown."""
    lines = [Line(c["sku"], c["category"], Decimal(str(c["unit_price"])), c["qty"]) for c in cart]
    subtotal = sum((l.total for l in lines), Decimal(0))
    applied = []
    for spec in rules:
        rule_cls = RULE_TYPES.get(spec["type"])
        if rule_cls is None:
            raise ValueError(f"unknown rule type {spec['type']!r}")
        amount = rule_cls(**spec.get("params", {})).discount(lines).quantize(CENT, ROUND_HALF_UP)
        if amount:
            applied.append({"rule": spec["type"], "amount": str(amount)})
    total_off = min(sum((Decimal(a["amount"]) for a in applied), Decimal(0)), subtotal)
    return {"subtotal": str(subtotal.quantize(CENT)), "discounts": applied,
            "total": str((subtotal - total_off).quantize(CENT))}


if __name__ == "__main__":
    cart = [{"sku": "TEA", "category": "grocery", "unit_price": 4.99, "qty": 3},
            {"sku": "MUG", "category": "home", "unit_price": 12.5, "qty": 2}]
    rules = [{"type": "percent_off_category", "params": {"category": "home", "percent": 15}},
             {"type": "buy_x_get_y", "params": {"sku": "TEA", "buy": 2, "free": 1}},
             {"type": "threshold_off", "params": {"min_total": 30, "off": 5}}]
    print(apply_discounts(cart, rules))
