"""Table-driven finite state machine for an order lifecycle."""
from enum import Enum


class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"

    @property
    def is_final(self):
        return self in {State.DELIVERED, State.REFUNDED, State.CANCELLED}

    @classmethod
    def from_str(cls, s):
        try:
            return cls(s.lower())
        except ValueError:
            return cls[s.upper()]


TRANSITIONS = {
    (State.NEW, "pay"): State.PAID,
    (State.NEW, "cancel"): State.CANCELLED,
    (State.PAID, "ship"): State.SHIPPED,
    (State.PAID, "refund"): State.REFUNDED,
    (State.SHIPPED, "deliver"): State.DELIVERED,
}


class OrderMachine:
    def __init__(self, state=State.NEW):
        self.state = state
        self.trail = [state]

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            allowed = [e for (s, e) in TRANSITIONS if s is self.state]
            raise ValueError(f"cannot {event!r} from {self.state.value}; allowed: {allowed}")
        self.state = TRANSITIONS[key]
        self.trail.append(self.state)
        return self.state


def replay(events: list, start: str = "new") -> dict:
    m = OrderMachine(State.from_str(start))
    errors = []
    for e in events:
        try:
            m.fire(e)
        except ValueError as exc:
            errors.append(str(exc))
    return {"final": m.state.value, "done": m.state.is_final,
            "trail": [s.value for s in m.trail], "errors": errors}


if __name__ == "__main__":
    print(replay(["pay", "deliver", "ship", "deliver"]))
    print(replay(["refund"], start="PAID"))
