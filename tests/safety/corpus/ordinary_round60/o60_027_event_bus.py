# family: ordinary, blind round 60 (pub/sub event bus with decorator subscription)
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from fnmatch import fnmatch
from typing import Callable, Any

Handler = Callable[["Event"], Any]


@dataclass
class Event:
    topic: str
    payload: dict = field(default_factory=dict)
    created: datetime = field(default_factory=datetime.now)


class EventBus:
    def __init__(self):
        self._handlers: defaultdict[str, list[Handler]] = defaultdict(list)
        self.dead_letters: list[tuple[Event, Exception]] = []

    def subscribe(self, pattern: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self._handlers[pattern].append(handler)
            return handler
        return register

    def unsubscribe(self, pattern: str, handler: Handler) -> None:
        self._handlers[pattern].remove(handler)

    def publish(self, topic: str, **payload) -> int:
        event = Event(topic, payload)
        delivered = 0
        for pattern, handlers in self._handlers.items():
            if not fnmatch(topic, pattern):
                continue
            for handler in handlers:
                try:
                    handler(event)
                    delivered += 1
                except Exception as err:
                    self.dead_letters.append((event, err))
        return delivered


bus = EventBus()
audit_log: list[str] = []


@bus.subscribe("user.*")
def audit(event: Event):
    audit_log.append(f"{event.topic}: {event.payload}")


@bus.subscribe("user.created")
def welcome(event: Event):
    print(f"Welcome email -> {event.payload['email']}")


@bus.subscribe("order.*")
def order_handler(event: Event):
    if event.payload.get("total", 0) < 0:
        raise ValueError("negative total")
    print(f"Order {event.payload['id']} recorded")


if __name__ == "__main__":
    print("delivered:", bus.publish("user.created", email="kim@example.com"))
    print("delivered:", bus.publish("user.deleted", id=7))
    print("delivered:", bus.publish("order.placed", id=1, total=30))
    print("delivered:", bus.publish("order.placed", id=2, total=-5))
    print("audit:", audit_log)
    print("dead letters:", [(e.topic, str(err)) for e, err in bus.dead_letters])
