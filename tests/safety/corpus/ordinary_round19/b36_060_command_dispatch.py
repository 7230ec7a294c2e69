"""Interpret chat-style commands and JSON-like messages with structural pattern matching."""
from dataclasses import dataclass
from typing import Any


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Move:
    target: Point
    speed: float = 1.0


@dataclass
class Say:
    text: str


def handle_message(msg: dict[str, Any]) -> str:
    """Route a decoded JSON message using mapping patterns."""
    match msg:
        case {"type": "greet", "name": str(name)}:
            return f"Hello, {name}!"
        case {"type": "add", "items": [*items]} if all(isinstance(i, (int, float)) for i in items):
            return f"sum={sum(items)}"
        case {"type": "move", "to": {"x": x, "y": y}, **rest}:
            return handle_action(Move(Point(x, y), rest.get("speed", 1.0)))
        case {"type": str(kind)}:
            return f"unsupported message type: {kind}"
        case _:
            return "malformed message"


def handle_action(action: object) -> str:
    """Describe an action using class patterns."""
    match action:
        case Move(target=Point(x=0, y=0)):
            return "returning to origin"
        case Move(target=Point(x=x, y=y), speed=s) if s > 5:
            return f"dashing to ({x}, {y})"
        case Move(target=Point(x=x, y=y)):
            return f"walking to ({x}, {y})"
        case Say(text=t) if t.endswith("?"):
            return f"asks: {t}"
        case Say(text=t):
            return f"says: {t}"
        case _:
            return f"unknown action {type(action).__name__}"


def parse_command(line: str) -> str:
    """Parse a text command such as 'go 3 4' or 'say hi there'."""
    match line.split():
        case ["go", x, y]:
            return handle_action(Move(Point(float(x), float(y))))
        case ["run", x, y]:
            return handle_action(Move(Point(float(x), float(y)), speed=10))
        case ["say", *words] if words:
            return handle_action(Say(" ".join(words)))
        case ["home"]:
            return handle_action(Move(Point(0, 0)))
        case []:
            return "empty command"
        case [verb, *_]:
            return f"unknown command: {verb}"


if __name__ == "__main__":
    for line in ["go 3 4", "run 1 2", "say is anyone there?", "home", "dance", ""]:
        print(repr(line), "->", parse_command(line))
    for msg in [{"type": "greet", "name": "Ada"}, {"type": "add", "items": [1, 2, 3.5]},
                {"type": "move", "to": {"x": 2, "y": 5}, "speed": 8}, {"type": "ping"}, {"oops": 1}]:
        print(handle_message(msg))
