# family: ordinary, blind round 50 (state machine for an order)
from enum import Enum, auto


class OrderState(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


TRANSITIONS = {
    (OrderState.CREATED, "pay"): OrderState.PAID,
    (OrderState.CREATED, "cancel"): OrderState.CANCELLED,
    (OrderState.PAID, "ship"): OrderState.SHIPPED,
    (OrderState.PAID, "cancel"): OrderState.REFUNDED,
    (OrderState.SHIPPED, "deliver"): OrderState.DELIVERED,
    (OrderState.DELIVERED, "return"): OrderState.REFUNDED,
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, order_id):
        self.order_id = order_id
        self.state = OrderState.CREATED
        self.history = [OrderState.CREATED]

    def allowed_events(self):
        return sorted(ev for (st, ev) in TRANSITIONS if st is self.state)

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"order {self.order_id}: cannot '{event}' when {self.state.name}")
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self.state

    @property
    def is_final(self):
        return not self.allowed_events()


if __name__ == "__main__":
    o = Order("A-1001")
    for ev in ["pay", "ship", "cancel", "deliver", "return"]:
        try:
            o.fire(ev)
            print(f"{ev:>8} -> {o.state.name:<10} next: {o.allowed_events()}")
        except InvalidTransition as exc:
            print(f"{ev:>8} !! {exc}")
    print("history:", " > ".join(s.name for s in o.history), "| final:", o.is_final)
