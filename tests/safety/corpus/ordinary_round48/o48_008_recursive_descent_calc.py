# family: ordinary, blind round 48 (recursive-descent arithmetic parser)
import math
import operator
import re

# anything unrecognised becomes a one-char token that atom() will reject
TOKEN = re.compile(r"\d+(?:\.\d*)?|[-+*/()^]|[a-z]+|\S")
CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau}


class ParseError(Exception):
    pass


class Parser:
    """expr := term (('+'|'-') term)*      term := factor (('*'|'/') factor)*
    factor := '-' factor | atom ('^' factor)?     atom := NUMBER | NAME | '(' expr ')'"""

    def __init__(self, text):
        self.tokens = TOKEN.findall(text)
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.peek() is not None:
            raise ParseError(f"unexpected token {self.peek()!r}")
        return value

    def _binary(self, operand, ops):
        value = operand()
        while self.peek() in ops:
            value = ops[self.take()](value, operand())
        return value

    def expr(self):
        return self._binary(self.term, {"+": operator.add, "-": operator.sub})

    def term(self):
        return self._binary(self.factor, {"*": operator.mul, "/": operator.truediv})

    def factor(self):
        if self.peek() == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()  # right-associative
        return base

    def atom(self):
        tok = self.take()
        if tok == "(":
            v = self.expr()
            if self.take() != ")":
                raise ParseError("expected ')'")
            return v
        if tok in CONSTANTS:
            return CONSTANTS[tok]
        try:
            return float(tok)
        except (TypeError, ValueError):
            raise ParseError(f"unexpected token {tok!r}") from None


if __name__ == "__main__":
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2 + 10 / 4", "2 * pi", "3 +", "4 $ 2"]:
        try:
            print(f"{src:<16} = {Parser(src).parse():g}")
        except ParseError as exc:
            print(f"{src:<16} ! {exc}")
