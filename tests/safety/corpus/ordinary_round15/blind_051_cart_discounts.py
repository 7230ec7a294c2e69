"""Shopping cart totals with pluggable discount rule objects (strategy pattern)."""
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Line:
    sku: str
    price: Decimal
    qty: int
    category: str = "misc"

    @property
    def subtotal(self):
        return self.price * self.qty


class Rule:
    description = "rule"

    def discount(self, lines) -> Decimal:
        return Decimal(0)


class PercentOffCategory(Rule):
    def __init__(self, category, pct):
        self.category, self.pct = category, Decimal(pct)
        self.description = f"{pct}% off {category}"

    def discount(self, lines):
        return sum((l.subtotal for l in lines if l.category == self.category), Decimal(0)) * self.pct / 100


class BuyXGetY(Rule):
    def __init__(self, sku, buy, free):
        self.sku, self.buy, self.free = sku, buy, free
        self.description = f"buy {buy} get {free} free on {sku}"

    def discount(self, lines):
        total = Decimal(0)
        for l in lines:
            if l.sku == self.sku:
                total += (l.qty // (self.buy + self.free)) * self.free * l.price
        return total


class ThresholdOff(Rule):
    def __init__(self, threshold, amount):
        self.threshold, self.amount = Decimal(threshold), Decimal(amount)
        self.description = f"{amount} off orders over {threshold}"

    def discount(self, lines):
        return self.amount if sum(l.subtotal for l in lines) >= self.threshold else Decimal(0)


def checkout(items: list, rules: list) -> dict:
    lines = [Line(i["sku"], Decimal(str(i["price"])), i.get("qty", 1), i.get("category", "misc")) for i in items]
    subtotal = sum((l.subtotal for l in lines), Decimal(0))
    applied = []
    for rule in rules:
        if not isinstance(rule, Rule):
            raise TypeError(f"not a rule: {rule!r}")
        d = rule.discount(lines).quantize(Decimal("0.01"))
        if d:
            applied.append({"rule": rule.description, "amount": str(d)})
    total = max(Decimal(0), subtotal - sum(Decimal(a["amount"]) for a in applied))
    return {"subtotal": str(subtotal), "discounts": applied, "total": str(total)}


if __name__ == "__main__":
    items = [{"sku": "tee", "price": 15, "qty": 3, "category": "apparel"},
             {"sku": "mug", "price": "8.50", "qty": 2}, {"sku": "cap", "price": 12, "category": "apparel"}]
    print(checkout(items, [PercentOffCategory("apparel", 10), BuyXGetY("tee", 2, 1), ThresholdOff(50, 5)]))
