"""Safe arithmetic expression evaluator (tokenizer + recursive descent)."""
import math
import operator
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|(\*\*|[-+*/%^(),])|([A-Za-z_]\w*))")
BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "%": operator.mod, "^": operator.pow, "**": operator.pow}
FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "log": math.log, "abs": abs, "min": min, "max": max}
CONSTS = {"pi": math.pi, "e": math.e}


def tokenize(text: str) -> list[str]:
    pos, out, text = 0, [], text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"unexpected character at {pos}: {text[pos]!r}")
        out.append(next(g for g in m.groups() if g))
        pos = m.end()
    return out


def evaluate(text: str, variables: dict | None = None) -> float:
    tokens = tokenize(text)
    names = {**CONSTS, **(variables or {})}
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take(expected=None):
        nonlocal pos
        tok = peek()
        if tok is None or (expected and tok != expected):
            raise SyntaxError(f"expected {expected or 'more input'}, got {tok!r}")
        pos += 1
        return tok
    def binary(next_level, ops):
        value = next_level()
        while peek() in ops:
            value = BINARY[take()](value, next_level())
        return value
    expr = lambda: binary(term, ("+", "-"))
    term = lambda: binary(power, ("*", "/", "%"))
    def power():
        base = unary()
        return BINARY[take()](base, power()) if peek() in ("^", "**") else base
    def unary():
        if peek() in ("-", "+"):
            return -power() if take() == "-" else power()
        tok = take()
        if tok == "(":
            value = expr()
            take(")")
            return value
        if tok[0].isdigit():
            return float(tok)
        if tok in FUNCS and peek() == "(":
            take("(")
            args = [expr()]
            while peek() == ",":
                take(",")
                args.append(expr())
            take(")")
            return FUNCS[tok](*args)
        if tok in names:
            return names[tok]
        raise NameError(f"unknown name {tok!r}")

    result = expr()
    if pos != len(tokens):
        raise SyntaxError(f"unexpected token {tokens[pos]!r}")
    return result


if __name__ == "__main__":
    for e in ["1 + 2 * 3", "-(2 ^ 3) ** 2", "sqrt(16) + max(1, x, 3)", "2 * pi * r", "1 +", "foo(2)"]:
        try:
            print(e, "=", evaluate(e, {"x": 7, "r": 0.5}))
        except (SyntaxError, NameError) as err:
            print(e, "->", type(err).__name__, err)
