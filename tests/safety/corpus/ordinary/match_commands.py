from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def handle(command: dict | list | str) -> str:
    """Interpret a small command language with structural pattern matching."""
    match command:
        case {"op": "move", "to": [int(x), int(y)]}:
            return f"moving to {Point(x, y)}"
        case {"op": "say", "text": str(text)} if text:
            return f"saying {text!r}"
        case {"op": op, **rest}:
            return f"unknown op {op} with {sorted(rest)}"
        case [first, *others]:
            return f"list starting with {first!r} and {len(others)} more"
        case Point(x=0, y=0):
            return "origin"
        case "quit" | "exit":
            return "bye"
        case str() as word:
            return f"word {word}"
        case _:
            return "not understood"


def run_script(commands: list) -> list[str]:
    return [handle(c) for c in commands]
