"""Interpret simple shopping-cart commands using structural pattern matching."""
from dataclasses import dataclass, field


@dataclass
class Cart:
    items: dict[str, int] = field(default_factory=dict)
    coupon: str | None = None


def handle(cart: Cart, command: str) -> str:
    match command.split():
        case ["add", item]:
            cart.items[item] = cart.items.get(item, 0) + 1
            return f"added 1 {item}"
        case ["add", item, qty] if qty.isdigit():
            cart.items[item] = cart.items.get(item, 0) + int(qty)
            return f"added {qty} {item}"
        case ["remove" | "rm", item] if item in cart.items:
            del cart.items[item]
            return f"removed {item}"
        case ["remove" | "rm", item]:
            return f"{item} is not in the cart"
        case ["coupon", code] if code.isalnum():
            cart.coupon = code.upper()
            return f"coupon {cart.coupon} applied"
        case ["show"] | ["list"]:
            return ", ".join(f"{k} x{v}" for k, v in sorted(cart.items.items())) or "cart is empty"
        case ["clear"]:
            cart.items.clear()
            return "cleared"
        case []:
            return "empty command"
        case [verb, *_]:
            return f"unknown command {verb!r}"


def describe(event) -> str:
    match event:
        case {"type": "click", "x": int(x), "y": int(y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"typed {k!r}"
        case {"type": t, **rest}:
            return f"other event {t} with {sorted(rest)}"
        case _:
            return "not an event"


if __name__ == "__main__":
    cart = Cart()
    for cmd in ["add apple", "add pear 3", "rm kiwi", "coupon save10", "show", "rm apple", "list", "fly", ""]:
        print(f"{cmd!r:18} -> {handle(cart, cmd)}")
    for ev in [{"type": "click", "x": 1, "y": 2}, {"type": "key", "key": "a"}, {"type": "scroll", "dy": 3}, 42]:
        print(describe(ev))
