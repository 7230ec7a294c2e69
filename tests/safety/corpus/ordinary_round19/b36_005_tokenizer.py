"""A small tokenizer for arithmetic expressions, e.g. for a calculator tool."""
import re
from typing import Iterator, NamedTuple


class Token(NamedTuple):
    kind: str
    value: str
    column: int


TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/^%]"),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("COMMA", r","),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))


class TokenizeError(ValueError):
    pass


def tokenize(source: str) -> Iterator[Token]:
    """Yield tokens for ``source``; raises TokenizeError on bad characters."""
    for match in MASTER_RE.finditer(source):
        kind = match.lastgroup or ""
        value = match.group()
        column = match.start()
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise TokenizeError(f"unexpected {value!r} at column {column}")
        yield Token(kind, value, column)


def token_summary(source: str) -> dict[str, int]:
    """Count tokens of each kind."""
    counts: dict[str, int] = {}
    for tok in tokenize(source):
        counts[tok.kind] = counts.get(tok.kind, 0) + 1
    return counts


if __name__ == "__main__":
    for tok in tokenize("max(3.5, x) * (2 + y^2)"):
        print(tok)
    print(token_summary("a + b * 2 - c / 4"))
    try:
        list(tokenize("2 $ 3"))
    except TokenizeError as exc:
        print("error:", exc)
