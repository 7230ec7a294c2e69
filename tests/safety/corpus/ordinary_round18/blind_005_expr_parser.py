"""Recursive-descent evaluator for arithmetic expressions with variables."""
import re
from typing import Mapping

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()]))")


class ParseError(ValueError):
    pass


def tokenize(text: str) -> list[str]:
    pos, tokens, text = 0, [], text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ParseError(f"unexpected character at {pos}: {text[pos]!r}")
        tokens.append(next(g for g in m.groups() if g))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[str], env: Mapping[str, float]):
        self.tokens, self.i, self.env = tokens, 0, env

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (expected and tok != expected):
            raise ParseError(f"expected {expected or 'a token'!r}, got {tok!r}")
        self.i += 1
        return tok

    def expr(self) -> float:
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek() in ("*", "/"):
            value = value * self.factor() if self.take() == "*" else value / self.factor()
        return value

    def factor(self) -> float:
        if self.peek() == "-" and self.take():
            return -self.factor()
        base = self.atom()
        return base ** self.factor() if self.peek() == "**" and self.take() else base

    def atom(self) -> float:
        if (tok := self.take()) == "(":
            value, _ = self.expr(), self.take(")")
            return value
        if tok[0].isdigit():
            return float(tok)
        if tok in self.env:
            return self.env[tok]
        raise ParseError(f"unexpected token or undefined name {tok!r}")


def evaluate(expression: str, variables: Mapping[str, float] | None = None) -> float:
    parser = _Parser(tokenize(expression), variables or {})
    result = parser.expr()
    if parser.peek() is not None:
        raise ParseError(f"trailing input near {parser.peek()!r}")
    return result


if __name__ == "__main__":
    print(evaluate("2 + 3 * (4 - 1) ** 2"), evaluate("-(x + y) / 2", {"x": 3, "y": 4}))
    for bad in ("2 + * 3", "(1 + 2", "y * 2"):
        try:
            evaluate(bad)
        except ParseError as e:
            print("error:", e)
