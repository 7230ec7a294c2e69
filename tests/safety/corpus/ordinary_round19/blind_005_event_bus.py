"""A simple synchronous publish/subscribe event bus (observer pattern)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

Handler = Callable[["Event"], Any]


@dataclass
class Event:
    topic: str
    data: dict[str, Any] = field(default_factory=dict)


class EventBus:
    def __init__(self) -> None:
        self._handlers: defaultdict[str, list[Handler]] = defaultdict(list)
        self.history: list[Event] = []

    def subscribe(self, topic: str) -> Callable[[Handler], Handler]:
        def decorator(fn: Handler) -> Handler:
            self._handlers[topic].append(fn)
            return fn
        return decorator

    def unsubscribe(self, topic: str, fn: Handler) -> bool:
        handlers = self._handlers.get(topic, [])
        if fn in handlers:
            handlers.remove(fn)
            return True
        return False

    def publish(self, topic: str, **data: Any) -> list[Any]:
        event = Event(topic, data)
        self.history.append(event)
        results = []
        for fn in list(self._handlers[topic]) + list(self._handlers["*"]):
            results.append(fn(event))
        return results


class Counter:
    """Observer that counts events per topic."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def __call__(self, event: Event) -> int:
        self.counts[event.topic] = self.counts.get(event.topic, 0) + 1
        return self.counts[event.topic]


if __name__ == "__main__":
    bus = EventBus()
    counter = Counter()
    bus.subscribe("*")(counter)

    @bus.subscribe("user.created")
    def greet(event: Event) -> str:
        return f"welcome {event.data['name']}"

    print(bus.publish("user.created", name="ada"))
    bus.publish("user.deleted", name="bob")
    print(counter.counts, len(bus.history))
