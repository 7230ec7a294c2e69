"""A safe arithmetic expression evaluator (recursive descent parser)."""
import operator
import re
from collections.abc import Callable

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
BINARY: dict[str, Callable[[float, float], float]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow,
}


class ParseError(ValueError):
    pass


class Parser:
    def __init__(self, text: str) -> None:
        self.tokens = [num or op for num, op in TOKEN_RE.findall(text) if (num or op).strip()]
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end of input")
        self.pos += 1
        return tok

    def expr(self) -> float:
        value = self.term()
        while self.peek() in ("+", "-"):
            value = BINARY[self.take()](value, self.term())
        return value

    def term(self) -> float:
        value = self.power()
        while self.peek() in ("*", "/"):
            value = BINARY[self.take()](value, self.power())
        return value

    def power(self) -> float:
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return BINARY["^"](base, self.power())
        return base

    def unary(self) -> float:
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self) -> float:
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ParseError("expected ')'")
            return value
        try:
            return float(tok)
        except ValueError:
            raise ParseError(f"unexpected token {tok!r}") from None


def calculate(expression: str) -> float:
    parser = Parser(expression)
    result = parser.expr()
    if parser.peek() is not None:
        raise ParseError(f"trailing input at {parser.peek()!r}")
    return result


if __name__ == "__main__":
    for e in ("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 / (2 - 4)"):
        print(e, "=", calculate(e))
