# ordinary: regex-based tokenizer for a tiny expression language, yielding NamedTuple tokens
import re
from typing import Iterator, NamedTuple

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("IDENT", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/^=]"),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))
KEYWORDS = {"let", "print"}


class Token(NamedTuple):
    kind: str
    value: str
    line: int
    column: int


class LexError(Exception):
    pass


def tokenize(code: str) -> Iterator[Token]:
    line_num = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            pass
        elif kind == "IDENT" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise LexError(f"{value!r} unexpected on line {line_num} col {column}")
        yield Token(kind, value, line_num, column)


if __name__ == "__main__":
    src = "let x = 3.5 * (y + 2)\nprint x ^ 2"
    for tok in tokenize(src):
        print(f"{tok.kind:<8} {tok.value!r:<8} @{tok.line}:{tok.column}")
