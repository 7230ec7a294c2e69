"""A safe arithmetic evaluator: tokenizer plus recursive-descent parser."""

import operator
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


class CalcError(ValueError):
    pass


def tokenize(text: str) -> list[str]:
    tokens = []
    for number, other in TOKEN.findall(text):
        if number:
            tokens.append(number)
        elif other.strip():
            tokens.append(other)
    return tokens


class Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise CalcError("unexpected end of expression")
        self.pos += 1
        return token

    def expression(self) -> float:
        value = self.term()
        while self.peek() in ("+", "-"):
            value = OPS[self.take()](value, self.term())
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take()
            right = self.factor()
            if op == "/" and right == 0:
                raise CalcError("division by zero")
            value = OPS[op](value, right)
        return value

    def factor(self) -> float:
        token = self.take()
        if token == "(":
            value = self.expression()
            if self.take() != ")":
                raise CalcError("expected )")
            return value
        if token == "-":
            return -self.factor()
        try:
            return float(token)
        except ValueError:
            raise CalcError(f"unexpected token {token!r}") from None


def calculate(expression: str) -> float:
    parser = Parser(tokenize(expression))
    result = parser.expression()
    if parser.peek() is not None:
        raise CalcError(f"trailing input at {parser.peek()!r}")
    return result
