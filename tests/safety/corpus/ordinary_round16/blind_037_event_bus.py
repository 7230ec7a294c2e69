"""A synchronous in-process event bus with decorator-based subscription."""
from collections import defaultdict
from typing import Callable, Any

Handler = Callable[..., Any]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[tuple[int, Handler]]] = defaultdict(list)
        self.delivered = 0

    def on(self, event: str, priority: int = 0):
        def decorator(fn: Handler) -> Handler:
            self.subscribe(event, fn, priority)
            return fn
        return decorator

    def subscribe(self, event: str, fn: Handler, priority: int = 0) -> None:
        self._handlers[event].append((priority, fn))
        self._handlers[event].sort(key=lambda pair: -pair[0])

    def unsubscribe(self, event: str, fn: Handler) -> bool:
        before = len(self._handlers[event])
        self._handlers[event] = [(p, h) for p, h in self._handlers[event] if h is not fn]
        return len(self._handlers[event]) < before

    def emit(self, event: str, **payload) -> list[Any]:
        results = []
        for name in (event, "*"):
            for _, handler in self._handlers.get(name, []):
                try:
                    results.append(handler(event=event, **payload))
                    self.delivered += 1
                except StopIteration:
                    return results
        return results


if __name__ == "__main__":
    bus = EventBus()
    log: list[str] = []

    @bus.on("order.created", priority=10)
    def validate(event, **p):
        if p.get("total", 0) <= 0:
            raise StopIteration
        return "validated"

    @bus.on("order.created")
    def notify(event, **p):
        return f"email to {p['customer']}"

    @bus.on("*")
    def audit(event, **p):
        log.append(event)

    print(bus.emit("order.created", customer="ann", total=12))
    print(bus.emit("order.created", customer="bob", total=0))
    print(bus.emit("user.deleted", id=3), log, bus.delivered)
