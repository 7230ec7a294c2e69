# family: ordinary, blind round 59 (order lifecycle state machine)
from enum import Enum, auto
from datetime import datetime, timezone


class OrderState(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


TRANSITIONS = {
    OrderState.CREATED: {"pay": OrderState.PAID, "cancel": OrderState.CANCELLED},
    OrderState.PAID: {"ship": OrderState.SHIPPED, "cancel": OrderState.REFUNDED},
    OrderState.SHIPPED: {"deliver": OrderState.DELIVERED},
    OrderState.DELIVERED: {"refund": OrderState.REFUNDED},
    OrderState.CANCELLED: {},
    OrderState.REFUNDED: {},
}


class InvalidTransition(Exception):
    def __init__(self, state: OrderState, event: str):
        allowed = ", ".join(TRANSITIONS[state]) or "none"
        super().__init__(f"cannot '{event}' from {state.name} (allowed: {allowed})")


class Order:
    def __init__(self, order_id: str):
        self.order_id = order_id
        self.state = OrderState.CREATED
        self.history = [(OrderState.CREATED, datetime.now(timezone.utc))]

    def fire(self, event: str) -> OrderState:
        try:
            new_state = TRANSITIONS[self.state][event]
        except KeyError:
            raise InvalidTransition(self.state, event) from None
        self.state = new_state
        self.history.append((new_state, datetime.now(timezone.utc)))
        return new_state

    @property
    def is_terminal(self) -> bool:
        return not TRANSITIONS[self.state]

    def __repr__(self) -> str:
        return f"Order({self.order_id!r}, state={self.state.name})"


if __name__ == "__main__":
    order = Order("A-1001")
    for event in ["pay", "ship", "cancel", "deliver", "refund", "ship"]:
        try:
            order.fire(event)
            print(f"{event:>8}: {order}")
        except InvalidTransition as exc:
            print(f"{event:>8}: rejected - {exc}")
    print("terminal:", order.is_terminal, "| path:", " > ".join(s.name for s, _ in order.history))
