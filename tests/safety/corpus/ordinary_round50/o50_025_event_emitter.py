# family: ordinary, blind round 50 (event emitter with subscribe/unsubscribe)
from collections import defaultdict
from typing import Any, Callable

Handler = Callable[..., Any]


class EventEmitter:
    def __init__(self) -> None:
        self._handlers: dict[str, list[tuple[Handler, bool]]] = defaultdict(list)

    def on(self, event: str, handler: Handler | None = None, *, once: bool = False):
        """Subscribe a handler. Usable directly or as a decorator. Returns an unsubscribe callable."""
        if handler is None:
            return lambda h: (self.on(event, h, once=once), h)[1]
        self._handlers[event].append((handler, once))
        return lambda: self.off(event, handler)

    def once(self, event: str, handler: Handler):
        return self.on(event, handler, once=True)

    def off(self, event: str, handler: Handler) -> bool:
        before = len(self._handlers[event])
        self._handlers[event] = [(h, o) for h, o in self._handlers[event] if h is not handler]
        return len(self._handlers[event]) < before

    def emit(self, event: str, *args: Any, **kwargs: Any) -> int:
        listeners = list(self._handlers.get(event, ()))
        for handler, once in listeners:
            if once:
                self.off(event, handler)
            handler(*args, **kwargs)
        return len(listeners)

    def listener_count(self, event: str) -> int:
        return len(self._handlers.get(event, ()))


if __name__ == "__main__":
    bus = EventEmitter()
    log: list[str] = []

    @bus.on("user.created")
    def welcome(name: str) -> None:
        log.append(f"welcome email -> {name}")

    unsubscribe = bus.on("user.created", lambda name: log.append(f"audit: created {name}"))
    bus.once("user.created", lambda name: log.append(f"first user bonus -> {name}"))

    bus.emit("user.created", "alice")
    unsubscribe()
    bus.emit("user.created", "bob")
    print("\n".join(log))
    print("remaining listeners:", bus.listener_count("user.created"))
