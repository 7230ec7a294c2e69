# family: ordinary, blind round 63 (regex tokenizer with Enum token kinds)
import re
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    NUMBER = r"\d+(?:\.\d+)?"
    IDENT = r"[A-Za-z_]\w*"
    OP = r"[+\-*/^=()]"
    SKIP = r"[ \t]+"
    MISMATCH = r"."

    @classmethod
    def master_pattern(cls):
        return re.compile("|".join(f"(?P<{k.name}>{k.value})" for k in cls))


class TokenizeError(SyntaxError):
    def __init__(self, char, pos):
        super().__init__(f"unexpected {char!r} at column {pos}")
        self.char, self.pos = char, pos


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    pos: int

    @property
    def value(self):
        if self.kind is Kind.NUMBER:
            return float(self.text) if "." in self.text else int(self.text)
        return self.text

    def __repr__(self):
        return f"{self.kind.name}({self.text!r})"


class Tokenizer:
    PATTERN = Kind.master_pattern()

    def __init__(self, source):
        self.source = source

    def __iter__(self):
        for match in self.PATTERN.finditer(self.source):
            kind = Kind[match.lastgroup]
            if kind is Kind.SKIP:
                continue
            if kind is Kind.MISMATCH:
                raise TokenizeError(match.group(), match.start())
            yield Token(kind, match.group(), match.start())


if __name__ == "__main__":
    tokens = list(Tokenizer("area = pi * r ^ 2 + 3.75"))
    print(tokens)
    print([t.value for t in tokens if t.kind is Kind.NUMBER])
    try:
        list(Tokenizer("x = 4 $ 2"))
    except TokenizeError as exc:
        print("error:", exc)
