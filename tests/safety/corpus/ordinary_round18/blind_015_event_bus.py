"""A synchronous in-process event bus with subscription decorators."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

Handler = Callable[[dict[str, Any]], Any]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = defaultdict(list)
        self.dead_letters: list[tuple[str, dict[str, Any]]] = []

    def on(self, event: str) -> Callable[[Handler], Handler]:
        """Decorator to register a handler for an event name ('*' matches all)."""
        def register(func: Handler) -> Handler:
            self._handlers[event].append(func)
            return func
        return register

    def off(self, event: str, func: Handler) -> None:
        self._handlers[event].remove(func)

    def emit(self, event: str, **payload: Any) -> list[Any]:
        handlers = self._handlers.get(event, []) + self._handlers.get("*", [])
        if not handlers:
            self.dead_letters.append((event, payload))
            return []
        results = []
        for handler in handlers:
            try:
                results.append(handler({"event": event, **payload}))
            except Exception as exc:  # one bad handler should not break the others
                results.append(f"error in {handler.__name__}: {exc}")
        return results


bus = EventBus()
audit_log: list[str] = []


@bus.on("user.created")
def send_welcome(evt: dict[str, Any]) -> str:
    return f"welcome email queued for {evt['email']}"


@bus.on("user.created")
def grant_trial(evt: dict[str, Any]) -> str:
    if evt.get("plan") == "enterprise":
        raise ValueError("enterprise users do not get trials")
    return "14-day trial granted"


@bus.on("*")
def audit(evt: dict[str, Any]) -> None:
    audit_log.append(evt["event"])


def handle_events(events: list[tuple[str, dict[str, Any]]]) -> dict[str, list[Any]]:
    return {f"{i}:{name}": bus.emit(name, **data) for i, (name, data) in enumerate(events)}


if __name__ == "__main__":
    out = handle_events([("user.created", {"email": "a@example.com"}),
                         ("user.created", {"email": "b@example.com", "plan": "enterprise"}),
                         ("order.placed", {"id": 7})])
    for key, value in out.items():
        print(key, value)
    print(audit_log, bus.dead_letters)
