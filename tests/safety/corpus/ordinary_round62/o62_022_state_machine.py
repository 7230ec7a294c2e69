# family: ordinary, blind round 62 (order state machine with Enum and transitions table)
from enum import Enum, auto


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    (State.NEW, "pay"): State.PAID,
    (State.NEW, "cancel"): State.CANCELLED,
    (State.PAID, "ship"): State.SHIPPED,
    (State.PAID, "cancel"): State.CANCELLED,
    (State.SHIPPED, "deliver"): State.DELIVERED,
}


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.trail = [State.NEW]

    def fire(self, event):
        nxt = TRANSITIONS.get((self.state, event))
        if nxt is None:
            raise RuntimeError("can't %s order %s in state %s" % (event, self.oid, self.state.name))
        hook = getattr(self, "on_" + nxt.name.lower(), None)
        if hook:
            hook()
        self.state = nxt
        self.trail.append(nxt)
        return self

    def on_shipped(self):
        print(f"  [hook] order {self.oid} leaves the warehouse")

    def on_cancelled(self):
        print(f"  [hook] refund issued for {self.oid}")

    def __str__(self):
        return "Order %s: %s" % (self.oid, " -> ".join(s.name for s in self.trail))


if __name__ == "__main__":
    scripts = {"A1": ["pay", "ship", "deliver"], "B2": ["pay", "cancel"], "C3": ["ship"]}
    for oid, events in scripts.items():
        o = Order(oid)
        try:
            for ev in events:
                o.fire(ev)
        except RuntimeError as e:
            print("  error:", e)
        finally:
            print(o)
    print(State["PAID"], State(4), [s.name for s in State if s.value > 3])
