"""A tiny stack-based (RPN) calculator language with named words and definitions."""
from __future__ import annotations

import math
import operator
from typing import Callable


class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    pass


BINARY: dict[str, Callable[[float, float], float]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "^": operator.pow, "mod": operator.mod, "max": max, "min": min,
}
UNARY: dict[str, Callable[[float], float]] = {"neg": operator.neg, "sqrt": math.sqrt, "abs": abs}


class RPN:
    def __init__(self) -> None:
        self.stack: list[float] = []
        self.words: dict[str, list[str]] = {}

    def pop(self, n: int = 1) -> list[float]:
        if len(self.stack) < n:
            raise StackUnderflow(f"need {n} values, have {len(self.stack)}")
        values = self.stack[-n:]
        del self.stack[-n:]
        return values

    def run(self, source: str) -> list[float]:
        tokens = source.split()
        while tokens:
            tok = tokens.pop(0)
            match tok:
                case ":":
                    end = tokens.index(";")
                    name, *body = tokens[:end]
                    self.words[name] = body
                    tokens = tokens[end + 1:]
                case "dup":
                    (a,) = self.pop()
                    self.stack += [a, a]
                case "swap":
                    a, b = self.pop(2)
                    self.stack += [b, a]
                case "drop":
                    self.pop()
                case _ if tok in BINARY:
                    a, b = self.pop(2)
                    self.stack.append(BINARY[tok](a, b))
                case _ if tok in UNARY:
                    self.stack.append(UNARY[tok](*self.pop()))
                case _ if tok in self.words:
                    tokens = self.words[tok] + tokens
                case _:
                    try:
                        self.stack.append(float(tok))
                    except ValueError:
                        raise CalcError(f"unknown word {tok!r}") from None
        return self.stack


def calculate(program: str) -> list[float]:
    return RPN().run(program)


if __name__ == "__main__":
    print(calculate("3 4 + 2 *"))
    print(calculate(": square dup * ; : hyp square swap square + sqrt ; 3 4 hyp"))
    for bad in ("1 +", "2 frobnicate"):
        try:
            calculate(bad)
        except CalcError as e:
            print(type(e).__name__, e)
