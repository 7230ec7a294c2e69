"""A tiny publish/subscribe event bus with decorator-based subscriptions."""
from collections import defaultdict
from typing import Callable


class EventBus:
    def __init__(self):
        self._handlers: dict[str, list[Callable]] = defaultdict(list)
        self.history: list[tuple[str, dict]] = []

    def on(self, event: str):
        """Decorator: subscribe the function to *event* ('*' for all)."""
        def register(func: Callable):
            self._handlers[event].append(func)
            return func
        return register

    def off(self, event: str, func: Callable) -> None:
        self._handlers[event].remove(func)

    def emit(self, event: str, **payload) -> list:
        self.history.append((event, payload))
        results = []
        for handler in self._handlers.get(event, []) + self._handlers.get("*", []):
            try:
                results.append(handler(event=event, **payload))
            except Exception as exc:  # one bad handler should not stop the others
                results.append(f"{getattr(handler, '__name__', handler)} failed: {exc}")
        return results


bus = EventBus()
audit: list[str] = []


@bus.on("user.created")
def send_welcome(event, name, **_):
    return f"welcome mail queued for {name}"


@bus.on("user.created")
def fail_sometimes(event, name, **_):
    if name == "bad":
        raise ValueError("bad name")
    return "ok"


@bus.on("*")
def audit_log(event, **payload):
    audit.append(f"{event}: {sorted(payload)}")


if __name__ == "__main__":
    print(bus.emit("user.created", name="ana", email="a@x.io"))
    print(bus.emit("user.created", name="bad"))
    print(bus.emit("order.paid", order_id=7))
    bus.off("*", audit_log)
    bus.emit("user.deleted", name="ana")
    print(audit, len(bus.history))
