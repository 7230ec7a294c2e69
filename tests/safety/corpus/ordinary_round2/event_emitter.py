# ordinary: minimal synchronous event emitter (pub/sub) with once-handlers and wildcard listeners
from collections import defaultdict
from typing import Any, Callable, DefaultDict, List

Handler = Callable[..., Any]


class EventEmitter:
    WILDCARD = "*"

    def __init__(self) -> None:
        self._handlers: DefaultDict[str, List[Handler]] = defaultdict(list)
        self._once: set[int] = set()

    def on(self, event: str, handler: Handler | None = None):
        """Register a handler; usable directly or as a decorator."""
        def register(fn: Handler) -> Handler:
            self._handlers[event].append(fn)
            return fn
        return register(handler) if handler is not None else register

    def once(self, event: str, handler: Handler) -> None:
        self.on(event, handler)
        self._once.add(id(handler))

    def off(self, event: str, handler: Handler) -> bool:
        try:
            self._handlers[event].remove(handler)
            return True
        except ValueError:
            return False

    def emit(self, event: str, *args, **kwargs) -> int:
        called = 0
        for name in (event, self.WILDCARD):
            for handler in list(self._handlers.get(name, [])):
                if name == self.WILDCARD:
                    handler(event, *args, **kwargs)
                else:
                    handler(*args, **kwargs)
                called += 1
                if id(handler) in self._once:
                    self._handlers[name].remove(handler)
                    self._once.discard(id(handler))
        return called

    def listener_count(self, event: str) -> int:
        return len(self._handlers.get(event, []))


if __name__ == "__main__":
    bus = EventEmitter()
    log: list[str] = []

    @bus.on("order.created")
    def send_email(order_id: int, total: float) -> None:
        log.append(f"email for #{order_id} (${total:.2f})")

    bus.on("*", lambda name, *a, **k: log.append(f"audit {name} {a}"))
    bus.once("order.created", lambda oid, total: log.append(f"first order bonus #{oid}"))
    bus.emit("order.created", 1, 25.0)
    bus.emit("order.created", 2, 99.5)
    print("\n".join(log))
    print(bus.listener_count("order.created"))
