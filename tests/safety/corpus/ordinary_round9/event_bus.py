"""A small synchronous event bus with typed subscriptions."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, TypeVar

E = TypeVar("E")


@dataclass(frozen=True)
class UserCreated:
    name: str


@dataclass(frozen=True)
class OrderPlaced:
    user: str
    total: float


class EventBus:
    def __init__(self) -> None:
        self._subs: defaultdict[type, list[Callable[[object], None]]] = defaultdict(list)

    def subscribe(self, event_type: type[E]) -> Callable[[Callable[[E], None]], Callable[[E], None]]:
        def decorator(fn: Callable[[E], None]) -> Callable[[E], None]:
            self._subs[event_type].append(fn)
            return fn
        return decorator

    def publish(self, event: object) -> int:
        handlers = self._subs.get(type(event), [])
        for handler in handlers:
            handler(event)
        return len(handlers)


def replay(events: list[dict]) -> dict[str, object]:
    """Entry point: feed events through the bus; return aggregated state."""
    bus = EventBus()
    users: list[str] = []
    spend: dict[str, float] = {}

    @bus.subscribe(UserCreated)
    def on_user(ev: UserCreated) -> None:
        users.append(ev.name)

    @bus.subscribe(OrderPlaced)
    def on_order(ev: OrderPlaced) -> None:
        spend[ev.user] = spend.get(ev.user, 0.0) + ev.total

    unhandled = 0
    for raw in events:
        match raw:
            case {"type": "user", "name": str(name)}:
                event: object = UserCreated(name)
            case {"type": "order", "user": str(user), "total": int() | float() as total}:
                event = OrderPlaced(user, float(total))
            case _:
                event = raw
        if bus.publish(event) == 0:
            unhandled += 1
    return {"users": users, "spend": spend, "unhandled": unhandled}
