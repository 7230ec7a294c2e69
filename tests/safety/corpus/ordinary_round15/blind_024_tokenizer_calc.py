"""Recursive-descent calculator for + - * / ^ and parentheses, with variables."""
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(.))")
FUNCS = {"sqrt": math.sqrt, "abs": abs, "ln": math.log, "round": round}


class Parser:
    def __init__(self, text, env):
        self.tokens = [(n, i, o) for n, i, o in TOKEN.findall(text) if n or i or o.strip()]
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None, None)

    def take(self, op=None):
        tok = self.peek()
        if op is not None and tok[2] != op:
            raise SyntaxError(f"expected {op!r} at token {self.pos}")
        self.pos += 1
        return tok

    def expr(self):
        val = self.term()
        while self.peek()[2] in ("+", "-"):
            val = val + self.term() if self.take()[2] == "+" else val - self.term()
        return val

    def term(self):
        val = self.power()
        while self.peek()[2] in ("*", "/"):
            val = val * self.power() if self.take()[2] == "*" else val / self.power()
        return val

    def power(self):
        base = self.unary()
        if self.peek()[2] == "^":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek()[2] == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        num, ident, op = self.take()
        if num:
            return float(num)
        if ident:
            if self.peek()[2] == "(":
                self.take("(")
                arg = self.expr()
                self.take(")")
                return FUNCS[ident](arg)
            return self.env[ident]
        if op == "(":
            val = self.expr()
            self.take(")")
            return val
        raise SyntaxError(f"unexpected token {op!r}")


def calculate(expression: str, variables: dict = None) -> float:
    p = Parser(expression, variables or {})
    result = p.expr()
    if p.pos != len(p.tokens):
        raise SyntaxError("trailing input")
    return result


if __name__ == "__main__":
    print(calculate("2 + 3 * (4 - 1) ^ 2 / x", {"x": 3}), calculate("-sqrt(16) + abs(-2.5)"))
