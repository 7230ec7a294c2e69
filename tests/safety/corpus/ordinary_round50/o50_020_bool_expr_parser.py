# family: ordinary, blind round 50 (evaluate a boolean expression safely with a small parser)
import re

TOKEN = re.compile(r"\s*(?:(\()|(\))|(and|or|not)\b|(true|false)\b|([A-Za-z_]\w*))", re.I)


def tokenize(src):
    pos, out, src = 0, [], src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"unexpected character at {pos}: {src[pos:pos + 10]!r}")
        lp, rp, op, lit, name = m.groups()
        kind = "(" if lp else ")" if rp else op.lower() if op else "lit" if lit else "name"
        out.append((kind, lit.lower() == "true" if lit else name))
        pos = m.end()
    return out


class Parser:  # expr := term ('or' term)* ; term := factor ('and' factor)* ; factor := 'not' factor | '(' expr ')' | atom

    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i][0] if self.i < len(self.toks) else None

    def accept(self, kind):
        if self.peek() == kind:
            self.i += 1
            return True
        return False

    def take(self, kind):
        if not self.accept(kind):
            raise SyntaxError(f"expected {kind}, got {self.peek()}")
        return self.toks[self.i - 1][1]

    def expr(self):
        v = self.term()
        while self.accept("or"):
            v = self.term() or v
        return v

    def term(self):
        v = self.factor()
        while self.accept("and"):
            v = self.factor() and v
        return v

    def factor(self):
        if self.accept("not"):
            return not self.factor()
        if self.accept("("):
            v = self.expr()
            self.take(")")
            return v
        if self.peek() == "lit":
            return self.take("lit")
        name = self.take("name")
        if name not in self.env:
            raise NameError(f"unknown variable {name!r}")
        return bool(self.env[name])


def evaluate(src, env=None):
    p = Parser(tokenize(src), env or {})
    result = p.expr()
    if p.peek() is not None:
        raise SyntaxError("trailing tokens")
    return result


if __name__ == "__main__":
    env = {"admin": False, "owner": True, "locked": False}
    for e in ["admin or owner", "not locked and (admin or owner)", "true and not (false or locked)", "admin and", "x or y"]:
        try:
            print(f"{e!r:40} -> {evaluate(e, env)}")
        except (SyntaxError, NameError) as err:
            print(f"{e!r:40} -> error: {err}")
