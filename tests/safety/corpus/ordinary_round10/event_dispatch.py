"""Describe incoming events via match on dict and class patterns."""

from dataclasses import dataclass
from typing import Any


@dataclass
class Click:
    x: int
    y: int
    button: str = "left"


@dataclass
class KeyPress:
    key: str
    ctrl: bool = False


def describe_event(event: Any) -> str:
    match event:
        case Click(x=x, y=y, button="right"):
            return f"context menu at ({x}, {y})"
        case Click(x, y):
            return f"click at ({x}, {y})"
        case KeyPress(key="s", ctrl=True):
            return "save shortcut"
        case KeyPress(key=k):
            return f"key {k!r}"
        case {"type": "scroll", "delta": int(delta)}:
            return f"scroll {'down' if delta > 0 else 'up'} by {abs(delta)}"
        case {"type": "resize", "size": [int(w), int(h)]}:
            return f"resize to {w}x{h}"
        case {"type": str(kind), **rest}:
            return f"unhandled {kind} event with {sorted(rest)}"
        case _:
            return "unrecognised event"


def describe_events(events: list[Any]) -> list[str]:
    return [describe_event(e) for e in events]


if __name__ == "__main__":
    sample = [Click(10, 20), Click(1, 2, "right"), KeyPress("s", ctrl=True), KeyPress("q"),
              {"type": "scroll", "delta": -3}, {"type": "resize", "size": [800, 600]},
              {"type": "focus", "target": "input"}, 42]
    for line in describe_events(sample):
        print(line)
