# family: ordinary, blind round 48 (order state machine)
from enum import Enum, auto


class State(Enum):
    CART = auto()
    PLACED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


class InvalidTransition(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
        super().__init__(f"cannot '{event}' while {state.name}")


TRANSITIONS = {
    (State.CART, "checkout"): State.PLACED,
    (State.PLACED, "pay"): State.PAID,
    (State.PLACED, "cancel"): State.CANCELLED,
    (State.PAID, "ship"): State.SHIPPED,
    (State.PAID, "cancel"): State.REFUNDED,
    (State.SHIPPED, "deliver"): State.DELIVERED,
    (State.DELIVERED, "return"): State.REFUNDED,
}

TERMINAL = {State.CANCELLED, State.REFUNDED}


class Order:
    def __init__(self, order_id):
        self.order_id = order_id
        self.state = State.CART
        self.history = [State.CART]

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        hook = getattr(self, f"on_{self.state.name.lower()}", None)
        if hook:
            hook()
        return self

    def on_shipped(self):
        print(f"  [{self.order_id}] email: your order is on the way")

    def on_refunded(self):
        print(f"  [{self.order_id}] refund issued")

    @property
    def allowed(self):
        return sorted(e for (s, e) in TRANSITIONS if s is self.state)

    @property
    def finished(self):
        return self.state in TERMINAL or self.state is State.DELIVERED


if __name__ == "__main__":
    scripts = {
        "A-1": ["checkout", "pay", "ship", "deliver"],
        "A-2": ["checkout", "pay", "cancel"],
        "A-3": ["checkout", "ship"],
    }
    for oid, events in scripts.items():
        order = Order(oid)
        try:
            for ev in events:
                order.fire(ev)
        except InvalidTransition as err:
            print(f"  [{oid}] error: {err}; allowed: {order.allowed}")
        path = " -> ".join(s.name for s in order.history)
        print(f"{oid}: {path} (finished={order.finished})")
