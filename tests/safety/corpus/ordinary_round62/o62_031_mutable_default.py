# family: ordinary, blind round 62 (shopping cart showing the mutable-default bug and fix)
import json
from datetime import date

PRICES = {"apple": 0.4, "bread": 2.1, "milk": 1.15, "jam": 3.0}


def add_to_cart_buggy(item, cart=[]):
    # classic bug: the same list is shared between calls
    cart.append(item)
    return cart


def add_to_cart(item, cart=None):
    if cart is None:
        cart = []
    cart.append(item)
    return cart


class Cart:
    def __init__(self, owner, items=None, created=None):
        self.owner = owner
        self.items = list(items or [])
        self.created = created or date(2024, 1, 15)

    def total(self, prices=PRICES):
        missing = [i for i in self.items if i not in prices]
        if missing:
            raise KeyError("no price for: " + ", ".join(missing))
        return round(sum(prices[i] for i in self.items), 2)

    def to_json(self):
        return json.dumps({"owner": self.owner, "items": self.items, "created": self.created,
                           "total": self.total()}, default=str)


if __name__ == "__main__":
    a = add_to_cart_buggy("apple")
    b = add_to_cart_buggy("bread")
    print("buggy:", a, b, a is b)
    c = add_to_cart("apple")
    d = add_to_cart("bread")
    print("fixed:", c, d, c is d)
    cart = Cart("zoe", ["apple", "apple", "milk", "jam"])
    print(cart.to_json())
    cart.items.append("caviar")
    try:
        cart.total()
    except KeyError as e:
        print("error:", e.args[0])
