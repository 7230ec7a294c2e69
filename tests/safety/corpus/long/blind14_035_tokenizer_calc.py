"""A tokenizer and recursive-descent evaluator for arithmetic expressions."""
import math
import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/%^(),]"),
    ("SKIP", r"\s+"),
    ("BAD", r"."),
]
TOKEN_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))
FUNCTIONS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "log": math.log, "abs": abs, "max": max, "min": min}
CONSTANTS = {"pi": math.pi, "e": math.e}


class CalcError(Exception):
    pass


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected character {m.group()!r} at {m.start()}")
        tokens.append(Token(kind, m.group(), m.start()))
    tokens.append(Token("EOF", "", len(text)))
    return tokens


class Parser:
    def __init__(self, text: str, variables: dict[str, float] | None = None):
        self.tokens = tokenize(text)
        self.i = 0
        self.vars = {**CONSTANTS, **(variables or {})}

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self, text: str | None = None) -> Token:
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise CalcError(f"expected {text!r} at {tok.pos}, got {tok.text!r}")
        self.i += 1
        return tok

    def parse(self) -> float:
        value = self.expr()
        if self.peek().kind != "EOF":
            raise CalcError(f"trailing input at {self.peek().pos}")
        return value

    def expr(self) -> float:
        value = self.term()
        while self.peek().text in ("+", "-"):
            value = value + self.term() if self.take().text == "+" else value - self.term()
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self) -> float:
        if self.peek().text in ("-", "+"):
            return -self.factor() if self.take().text == "-" else self.factor()
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self) -> float:
        tok = self.take()
        if tok.kind == "NUMBER":
            return float(tok.text)
        if tok.kind == "NAME":
            if self.peek().text == "(":
                if tok.text not in FUNCTIONS:
                    raise CalcError(f"unknown function {tok.text}")
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return FUNCTIONS[tok.text](*args)
            if tok.text not in self.vars:
                raise CalcError(f"unknown variable {tok.text}")
            return self.vars[tok.text]
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise CalcError(f"unexpected {tok.text!r} at {tok.pos}")


def calculate(expression: str, variables: dict[str, float] | None = None) -> float:
    return Parser(expression, variables).parse()


if __name__ == "__main__":
    print(calculate("2 + 3 * (4 - 1) ** 2"), calculate("-2^2"), calculate("sqrt(x*x + y*y)", {"x": 3, "y": 4}))
    print(calculate("max(1, 2*pi, e) % 4"))
    for bad in ["2 +", "3 $ 4", "foo(1)", "(1"]:
        try:
            calculate(bad)
        except CalcError as exc:
            print("error:", exc)
