"""A tiny finite state machine for an order workflow."""
from enum import Enum


class OrderState(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_terminal(self) -> bool:
        return self in (OrderState.DELIVERED, OrderState.CANCELLED)


TRANSITIONS: dict[tuple[OrderState, str], OrderState] = {
    (OrderState.NEW, "pay"): OrderState.PAID,
    (OrderState.NEW, "cancel"): OrderState.CANCELLED,
    (OrderState.PAID, "ship"): OrderState.SHIPPED,
    (OrderState.PAID, "cancel"): OrderState.CANCELLED,
    (OrderState.SHIPPED, "deliver"): OrderState.DELIVERED,
}


class InvalidTransition(Exception):
    pass


class OrderMachine:
    def __init__(self, state: OrderState = OrderState.NEW):
        self.state = state
        self.history: list[tuple[str, str]] = []

    def allowed_events(self) -> list[str]:
        return sorted(ev for (st, ev) in TRANSITIONS if st is self.state)

    def fire(self, event: str) -> OrderState:
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} from {self.state.value!r}")
        new_state = TRANSITIONS[key]
        self.history.append((event, new_state.value))
        self.state = new_state
        return new_state

    def __repr__(self) -> str:
        return f"OrderMachine(state={self.state.value}, steps={len(self.history)})"


def run_events(events: list[str]) -> dict:
    machine = OrderMachine()
    errors = []
    for ev in events:
        try:
            machine.fire(ev)
        except InvalidTransition as exc:
            errors.append(str(exc))
    return {
        "final": machine.state.value,
        "terminal": machine.state.is_terminal,
        "history": machine.history,
        "errors": errors,
        "next": machine.allowed_events(),
    }


if __name__ == "__main__":
    print(run_events(["pay", "deliver", "ship", "deliver", "cancel"]))
    print(OrderMachine())
