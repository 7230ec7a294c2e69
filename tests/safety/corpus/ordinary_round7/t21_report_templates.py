# ordinary: render short status reports from a fixed set of message templates
from typing import Any

__all__ = ["status_report"]
__version__ = "1.2.0"

HEADER = "{title:^40}"
LINE = "{name:<16}{value:>10}"
TEMPLATES = {
    "ok": "{service} is healthy ({latency_ms} ms)",
    "degraded": "{service} is degraded: {reason}",
    "down": "{service} is DOWN since {since}",
}


def _line(name: str, value: Any) -> str:
    return LINE.format(name=name, value=value)


def status_report(services: list[dict[str, Any]], title: str = "Status") -> dict[str, Any]:
    """Build a report using the template that matches each service's state."""
    lines = [HEADER.format(title=title.upper()), "=" * 40]
    messages = []
    for svc in services:
        state = svc.get("state", "ok")
        template = TEMPLATES.get(state, "{service}: unknown state")
        try:
            messages.append(template.format(**svc))
        except KeyError as missing:
            messages.append(f"{svc.get('service', '?')}: missing field {missing}")
        lines.append(_line(svc.get("service", "?"), state))
    plural = "{} services" if len(services) != 1 else "{} service"
    lines.append(plural.format(len(services)))
    return {"report": "\n".join(lines), "messages": messages, "version": __version__}


if __name__ == "__main__":
    print(status_report([{"service": "api", "state": "ok", "latency_ms": 12},
                         {"service": "db", "state": "degraded", "reason": "replica lag"}]))
