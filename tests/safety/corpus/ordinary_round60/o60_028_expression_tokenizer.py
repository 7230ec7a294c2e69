# family: ordinary, blind round 60 (arithmetic expression parser: tokenizer + recursive descent)
import math
import operator
import re
from typing import Iterator, NamedTuple

TOKEN_RE = re.compile(r"(?P<NUMBER>\d+(?:\.\d*)?)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[+\-*/()])|(?P<SKIP>\s+)|(?P<BAD>.)")
LEVELS = [{"+": operator.add, "-": operator.sub}, {"*": operator.mul, "/": operator.truediv}]
FUNCTIONS = {"sqrt": math.sqrt, "abs": abs, "log": math.log, "exp": math.exp}


class ParseError(Exception):
    """Raised for malformed expressions."""


class Token(NamedTuple):
    kind: str
    value: str
    pos: int


def tokenize(text: str) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(text):
        if m.lastgroup == "BAD":
            raise ParseError(f"unexpected {m.group()!r} at {m.start()}")
        if m.lastgroup != "SKIP":
            yield Token(m.lastgroup, m.group(), m.start())
    yield Token("EOF", "", len(text))


class Parser:
    def __init__(self, text: str):
        self.tokens = list(tokenize(text))
        self.i = 0

    def peek(self) -> str:
        return self.tokens[self.i].value

    def take(self, expected: str | None = None) -> Token:
        tok = self.tokens[self.i]
        if expected is not None and tok.value != expected:
            raise ParseError(f"expected {expected!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok

    def parse(self) -> float:
        value = self.binary()
        self.take("")  # must be at end of input
        return value

    def binary(self, level: int = 0) -> float:
        if level == len(LEVELS):
            return self.factor()
        value = self.binary(level + 1)
        while self.peek() in LEVELS[level]:
            op = LEVELS[level][self.take().value]
            value = op(value, self.binary(level + 1))
        return value

    def factor(self) -> float:
        if self.peek() == "-" and self.take():
            return -self.factor()
        return self.atom()

    def atom(self) -> float:
        if (tok := self.take()).kind == "NUMBER":
            return float(tok.value)
        if tok.value == "(" or (tok.value in FUNCTIONS and self.take("(")):
            value = self.binary()
            self.take(")")
            return FUNCTIONS[tok.value](value) if tok.value in FUNCTIONS else value
        raise ParseError(f"unexpected {tok.value!r} at {tok.pos}")


if __name__ == "__main__":
    for src in ["1 + 2 * 3", "-(4 - 6) * 5", "sqrt(16) + abs(-9)", "exp(0) / 4", "3 $ 4", "(1 + 2", "pi * 2"]:
        try:
            print(f"{src:24} = {Parser(src).parse():g}")
        except ParseError as e:
            print(f"{src:24} ! {e}")
