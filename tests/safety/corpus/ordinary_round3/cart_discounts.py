# ordinary: shopping cart with pluggable discount strategies
from abc import ABC, abstractmethod
from decimal import Decimal, ROUND_HALF_UP

def cents(value):
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Discount(ABC):
    DESCRIPTION = "discount"

    @abstractmethod
    def amount(self, subtotal, items): ...

    def describe(self):
        return self.DESCRIPTION.format(**self.params())

    @abstractmethod
    def params(self): ...


class PercentOff(Discount):
    DESCRIPTION = "{percent}% off everything"

    def __init__(self, percent):
        self.percent = Decimal(str(percent))

    def params(self):
        return {"percent": self.percent}

    def amount(self, subtotal, items):
        return cents(subtotal * self.percent / 100)


class BuyXGetY(Discount):
    DESCRIPTION = "buy {buy} {sku}, get {free} free"

    def __init__(self, sku, buy, free):
        self.sku, self.buy, self.free = sku, buy, free

    def params(self):
        return {"sku": self.sku, "buy": self.buy, "free": self.free}

    def amount(self, subtotal, items):
        qty, price = items.get(self.sku, (0, Decimal("0")))
        bundles = qty // (self.buy + self.free)
        return cents(bundles * self.free * price)


class Cart:
    def __init__(self):
        self.items = {}
        self.discounts = []

    def add(self, sku, price, qty=1):
        old_qty, _ = self.items.get(sku, (0, None))
        self.items[sku] = (old_qty + qty, Decimal(str(price)))

    def subtotal(self):
        return cents(sum((q * p for q, p in self.items.values()), Decimal("0")))

    def checkout(self):
        subtotal = self.subtotal()
        lines = [f"Subtotal: {subtotal}"]
        total = subtotal
        for discount in self.discounts:
            saved = min(discount.amount(subtotal, self.items), total)
            total -= saved
            lines.append(f"  {discount.describe():<32} -{saved}")
        lines.append(f"Total: {total}")
        return "\n".join(lines)


if __name__ == "__main__":
    cart = Cart()
    cart.add("apple", "0.40", 7)
    cart.add("bread", "2.10")
    cart.discounts += [BuyXGetY("apple", 2, 1), PercentOff(10)]
    print(cart.checkout())
    print([f"{type(d).__name__}({d.params()})" for d in cart.discounts])
