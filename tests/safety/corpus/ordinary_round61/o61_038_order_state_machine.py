# family: ordinary, blind round 61 (order lifecycle state machine)
from enum import Enum, auto


class OrderState(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


class InvalidTransition(Exception):
    def __init__(self, state: OrderState, event: str):
        super().__init__(f"event {event!r} not allowed in state {state.name}")
        self.state, self.event = state, event


TRANSITIONS: dict[tuple[OrderState, str], OrderState] = {
    (OrderState.CREATED, "pay"): OrderState.PAID,
    (OrderState.CREATED, "cancel"): OrderState.CANCELLED,
    (OrderState.PAID, "ship"): OrderState.SHIPPED,
    (OrderState.PAID, "cancel"): OrderState.REFUNDED,
    (OrderState.SHIPPED, "deliver"): OrderState.DELIVERED,
    (OrderState.DELIVERED, "return"): OrderState.REFUNDED,
}
TERMINAL = {OrderState.CANCELLED, OrderState.REFUNDED}


def allowed_events(state: OrderState) -> list[str]:
    return sorted(event for (src, event) in TRANSITIONS if src is state)


def run_order_events(events: list[str], strict: bool = False) -> dict:
    """Replay events against the order state machine, recording each transition.

    In non-strict mode invalid events are recorded as rejected and skipped.
    """
    state = OrderState.CREATED
    history, rejected = [state.name], []
    for event in events:
        nxt = TRANSITIONS.get((state, event))
        if nxt is None:
            if strict:
                raise InvalidTransition(state, event)
            rejected.append({"event": event, "state": state.name, "allowed": allowed_events(state)})
            continue
        state = nxt
        history.append(state.name)
    return {"final_state": state.name, "terminal": state in TERMINAL, "history": history,
            "rejected": rejected, "next_allowed": allowed_events(state)}


if __name__ == "__main__":
    print(run_order_events(["pay", "deliver", "ship", "deliver"]))
    print(run_order_events(["cancel", "pay"]))
    try:
        run_order_events(["ship"], strict=True)
    except InvalidTransition as exc:
        print("error:", exc)
