# family: ordinary, blind round 53 (auto and @unique enum state machine)
from enum import Enum, auto, unique


@unique
class OrderState(Enum):
    CART = auto()
    PLACED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    def can_go_to(self, target: "OrderState") -> bool:
        return target in TRANSITIONS.get(self, frozenset())

    @property
    def terminal(self) -> bool:
        return not TRANSITIONS.get(self)


TRANSITIONS = {
    OrderState.CART: frozenset({OrderState.PLACED, OrderState.CANCELLED}),
    OrderState.PLACED: frozenset({OrderState.PAID, OrderState.CANCELLED}),
    OrderState.PAID: frozenset({OrderState.SHIPPED, OrderState.REFUNDED}),
    OrderState.SHIPPED: frozenset({OrderState.DELIVERED}),
    OrderState.DELIVERED: frozenset({OrderState.REFUNDED}),
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, ref):
        self.ref = ref
        self.state = OrderState.CART
        self.trail = [self.state]

    def advance(self, target):
        if not self.state.can_go_to(target):
            raise InvalidTransition(f"{self.ref}: {self.state.name} -> {target.name} not allowed")
        self.state = target
        self.trail.append(target)
        return self


if __name__ == "__main__":
    o = Order("ORD-7")
    for step in ("PLACED", "PAID", "SHIPPED", "DELIVERED"):
        o.advance(OrderState[step])
    print(" > ".join(s.name for s in o.trail), "| terminal:", o.state.terminal)
    try:
        Order("ORD-8").advance(OrderState.SHIPPED)
    except InvalidTransition as e:
        print("error:", e)
    print("values:", [s.value for s in OrderState])
    try:
        @unique
        class Broken(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("unique check:", e)
