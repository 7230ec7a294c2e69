"""Tokenize a tiny expression language into typed tokens."""
import re
from dataclasses import dataclass
from enum import Enum
from typing import Iterator


class Kind(Enum):
    NUMBER = r"\d+(?:\.\d+)?"
    IDENT = r"[A-Za-z_]\w*"
    STRING = r'"(?:[^"\\]|\\.)*"'
    OP = r"==|!=|<=|>=|[-+*/<>=()]"
    SKIP = r"[ \t]+"
    NEWLINE = r"\n"
    MISMATCH = r"."


MASTER = re.compile("|".join(f"(?P<{k.name}>{k.value})" for k in Kind))
KEYWORDS = frozenset({"let", "if", "then", "else", "end"})


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    line: int
    col: int


class LexError(ValueError):
    def __init__(self, char: str, line: int, col: int) -> None:
        super().__init__(f"unexpected {char!r} at {line}:{col}")


def _scan(source: str) -> Iterator[Token]:
    line, line_start = 1, 0
    for m in MASTER.finditer(source):
        kind = Kind[m.lastgroup or "MISMATCH"]
        text = m.group()
        col = m.start() - line_start + 1
        match kind:
            case Kind.NEWLINE:
                line, line_start = line + 1, m.end()
            case Kind.SKIP:
                continue
            case Kind.MISMATCH:
                raise LexError(text, line, col)
            case Kind.IDENT if text in KEYWORDS:
                yield Token("KEYWORD", text, line, col)
            case _:
                yield Token(kind.name, text, line, col)


def tokenize(source: str) -> list[str]:
    """Entry point: return 'KIND:text@line:col' strings or an error line."""
    try:
        return [f"{t.kind}:{t.text}@{t.line}:{t.col}" for t in _scan(source)]
    except LexError as exc:
        return [f"ERROR {exc}"]
