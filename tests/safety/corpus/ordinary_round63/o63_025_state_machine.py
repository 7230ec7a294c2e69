# family: ordinary, blind round 63 (order workflow state machine built on Enum)
from enum import Enum


class InvalidTransition(Exception):
    def __init__(self, current, target):
        super().__init__(current, target)
        self.current, self.target = current, target

    def __str__(self):
        allowed = ", ".join(s.name for s in self.current.next_states()) or "none"
        return f"cannot go from {self.current.name} to {self.target.name} (allowed: {allowed})"


class OrderState(Enum):
    CREATED = "created"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    def next_states(self):
        return _TRANSITIONS[self]

    def can_become(self, other):
        return other in self.next_states()

    @property
    def is_terminal(self):
        return not self.next_states()

    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())


_TRANSITIONS = {
    OrderState.CREATED: (OrderState.PAID, OrderState.CANCELLED),
    OrderState.PAID: (OrderState.SHIPPED, OrderState.CANCELLED),
    OrderState.SHIPPED: (OrderState.DELIVERED,),
    OrderState.DELIVERED: (),
    OrderState.CANCELLED: (),
}


class Order:
    def __init__(self, order_id):
        self.order_id = order_id
        self.state = OrderState.CREATED
        self.history = [self.state]

    def advance(self, target):
        if isinstance(target, str):
            target = OrderState.parse(target)
        if not self.state.can_become(target):
            raise InvalidTransition(self.state, target)
        self.state = target
        self.history.append(target)
        return self

    def __repr__(self):
        return f"Order({self.order_id!r}, state={self.state.name})"


if __name__ == "__main__":
    order = Order("A-17").advance("paid").advance(OrderState.SHIPPED)
    print(order, order.state.is_terminal)
    try:
        order.advance("cancelled")
    except InvalidTransition as exc:
        print("error:", exc)
    order.advance("Delivered ")
    print(" -> ".join(s.value for s in order.history), order.state.is_terminal)
