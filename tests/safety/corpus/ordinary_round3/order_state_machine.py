# ordinary: order workflow state machine with per-event handler methods
class InvalidTransition(Exception):
    pass


class Order:
    TRANSITIONS = {
        ("new", "pay"): "paid",
        ("paid", "ship"): "shipped",
        ("shipped", "deliver"): "delivered",
        ("new", "cancel"): "cancelled",
        ("paid", "cancel"): "refunded",
    }

    def __init__(self, order_id, total):
        self.order_id = order_id
        self.total = total
        self.state = "new"
        self.log = []

    def fire(self, event, **details):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} an order that is {self.state!r}")
        handler = getattr(self, f"on_{event}", None)
        if handler is not None:
            handler(**details)
        previous, self.state = self.state, self.TRANSITIONS[key]
        self.log.append(f"{previous} -> {self.state} ({event})")
        return self.state

    def on_pay(self, amount=0):
        if amount < self.total:
            raise InvalidTransition(f"payment {amount} is less than total {self.total}")

    def on_ship(self, carrier="post"):
        self.carrier = carrier

    def on_cancel(self, reason=""):
        self.cancel_reason = reason or "no reason given"

    def available_events(self):
        return sorted(event for state, event in self.TRANSITIONS if state == self.state)


if __name__ == "__main__":
    order = Order(42, 99.5)
    print(order.available_events())
    order.fire("pay", amount=100)
    order.fire("ship", carrier="DHL")
    print(order.state, order.carrier, order.available_events())
    try:
        order.fire("cancel")
    except InvalidTransition as exc:
        print("error:", exc)
    order.fire("deliver")
    print("\n".join(order.log))
