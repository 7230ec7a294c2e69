"""Order lifecycle state machine."""
from enum import Enum, auto


class State(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    @property
    def is_final(self) -> bool:
        return self in (State.DELIVERED, State.CANCELLED, State.REFUNDED)


TRANSITIONS: dict[tuple[State, str], State] = {
    (State.CREATED, "pay"): State.PAID,
    (State.CREATED, "cancel"): State.CANCELLED,
    (State.PAID, "ship"): State.SHIPPED,
    (State.PAID, "cancel"): State.REFUNDED,
    (State.SHIPPED, "deliver"): State.DELIVERED,
    (State.DELIVERED, "return"): State.REFUNDED,
}


class InvalidTransition(Exception):
    def __init__(self, state: State, event: str) -> None:
        allowed = sorted(e for (s, e) in TRANSITIONS if s is state)
        super().__init__(f"cannot '{event}' an order in state {state.name}; allowed: {allowed or 'none'}")


class Order:
    def __init__(self, order_id: str) -> None:
        self.order_id = order_id
        self.state = State.CREATED
        self.history: list[str] = [State.CREATED.name]

    def fire(self, event: str) -> State:
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        self.state = TRANSITIONS[key]
        self.history.append(self.state.name)
        return self.state

    def __repr__(self) -> str:
        return f"<Order {self.order_id} {self.state.name}>"


def run_order(order_id: str, events: list[str], stop_on_error: bool = False) -> dict:
    order = Order(order_id)
    errors = []
    for ev in events:
        try:
            order.fire(ev)
        except InvalidTransition as exc:
            errors.append(str(exc))
            if stop_on_error:
                break
    return {"order": repr(order), "final": order.state.is_final, "history": " -> ".join(order.history),
            "errors": errors}


if __name__ == "__main__":
    print(run_order("A-1", ["pay", "ship", "pay", "deliver", "return"]))
    print(run_order("A-2", ["ship", "cancel"]))
