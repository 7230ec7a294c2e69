# family: ordinary, blind round 59 (number expression evaluator with hand tokenizer)
import re
import operator
from typing import Iterator, List, Union

Token = Union[float, str]
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*|\.\d+)|(.))")
BINARY = {"+": (1, operator.add), "-": (1, operator.sub),
          "*": (2, operator.mul), "/": (2, operator.truediv),
          "%": (2, operator.mod), "^": (3, operator.pow)}


class ExprError(Exception):
    pass


def tokenize(text: str) -> List[Token]:
    tokens: List[Token] = []
    for number, other in TOKEN_RE.findall(text):
        if number:
            tokens.append(float(number))
        elif other.strip():
            if other not in BINARY and other not in "()":
                raise ExprError(f"unexpected character {other!r}")
            tokens.append(other)
    return tokens


class Parser:
    def __init__(self, tokens: List[Token]):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def parse(self, min_prec: int = 1) -> float:
        left = self.atom()
        while isinstance(self.peek(), str) and self.peek() in BINARY:
            prec, fn = BINARY[self.peek()]
            if prec < min_prec:
                break
            self.next()
            right = self.parse(prec if self.tokens[self.pos - 1] == "^" else prec + 1)
            left = fn(left, right)
        return left

    def atom(self) -> float:
        tok = self.next()
        if isinstance(tok, float):
            return tok
        if tok == "-":
            return -self.atom()
        if tok == "(":
            value = self.parse()
            if self.next() != ")":
                raise ExprError("missing closing parenthesis")
            return value
        raise ExprError(f"unexpected token {tok!r}")


def evaluate(text: str) -> float:
    parser = Parser(tokenize(text))
    result = parser.parse()
    if parser.peek() is not None:
        raise ExprError(f"trailing input at token {parser.peek()!r}")
    return result


if __name__ == "__main__":
    for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 + .5", "(2 + 3", "2 $ 3"]:
        try:
            print(f"{expr:<14} = {evaluate(expr)}")
        except (ExprError, ZeroDivisionError) as exc:
            print(f"{expr:<14} ! {exc}")
