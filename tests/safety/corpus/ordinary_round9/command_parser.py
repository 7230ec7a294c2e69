"""Parse tiny shell-like commands into actions using sequence patterns."""
from dataclasses import dataclass, field
from enum import Enum


class Verb(Enum):
    GO = "go"
    TAKE = "take"
    DROP = "drop"
    LOOK = "look"
    QUIT = "quit"


@dataclass
class Action:
    verb: Verb
    args: list[str] = field(default_factory=list)


class ParseError(Exception):
    def __init__(self, text: str, reason: str) -> None:
        Exception.__init__(self, f"cannot parse {text!r}: {reason}")
        self.text = text
        self.reason = reason


DIRECTIONS = frozenset({"north", "south", "east", "west"})


def parse(text: str) -> Action:
    words = text.lower().split()
    match words:
        case []:
            raise ParseError(text, "empty command")
        case ["go", direction] if direction in DIRECTIONS:
            return Action(Verb.GO, [direction])
        case ["go", other]:
            raise ParseError(text, f"unknown direction {other}")
        case ["take" | "grab", *items] if items:
            return Action(Verb.TAKE, items)
        case ["drop", *items]:
            return Action(Verb.DROP, items or ["everything"])
        case ["look"] | ["l"]:
            return Action(Verb.LOOK)
        case ["quit" | "exit"]:
            return Action(Verb.QUIT)
        case _:
            raise ParseError(text, "unrecognised")


def run_commands(lines: list[str]) -> list[str]:
    """Entry point: parse each line; report actions or errors."""
    out: list[str] = []
    for line in lines:
        try:
            act = parse(line)
        except ParseError as exc:
            out.append(f"error: {exc.reason}")
            continue
        match act:
            case Action(Verb.QUIT):
                out.append("bye")
                break
            case Action(verb, args):
                out.append(f"{verb.value} {' '.join(args)}".strip())
    return out
