"""A recursive-descent parser and evaluator for arithmetic expressions with variables."""
import math
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%(),^])|([A-Za-z_]\w*))")
CONSTS = {"pi": math.pi, "e": math.e}


def tokenize(src: str) -> list[tuple[str, str]]:
    pos, out, src = 0, [], src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"unexpected character at {pos}: {src[pos]!r}")
        num, op, name = m.groups()
        out.append(("num", num) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    return out + [("end", "")]


class Parser:
    def __init__(self, src: str, variables: dict | None = None):
        self.toks, self.i = tokenize(src), 0
        self.vars = {**CONSTS, **(variables or {})}

    def peek(self): return self.toks[self.i][1]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def expr(self):
        val = self.term()
        while self.peek() in ("+", "-"):
            val = val + self.term() if self.take()[1] == "+" else val - self.term()
        return val

    def term(self):
        val = self.unary()
        while self.peek() in ("*", "/", "%"):
            op, rhs = self.take()[1], self.unary()
            val = val * rhs if op == "*" else val / rhs if op == "/" else val % rhs
        return val

    def unary(self):
        if self.peek() in ("-", "+"):
            return -self.unary() if self.take()[1] == "-" else self.unary()
        base = self.atom()
        if self.peek() in ("^", "**"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return float(val)
        elif kind == "name":
            if val not in self.vars:
                raise NameError(f"unknown variable {val}")
            return self.vars[val]
        if val == "(":
            v, _ = self.expr(), self.take(")")
            return v
        raise SyntaxError(f"unexpected token {val!r}")


def calculate(expression: str, **variables) -> float:
    p = Parser(expression, variables)
    result = p.expr()
    p.take("")  # everything must be consumed
    return result


if __name__ == "__main__":
    for e in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 4", "x % 3 / 2", "2 * pi * r"]:
        print(e, "=", calculate(e, x=10, r=1))
