"""Evaluate feature-flag rules written as boolean expressions over user attributes,
e.g. '(country in ["DE", "FR"] and age >= 18) or beta_tester and not plan == "free"'."""
import re

TOKENS = re.compile(r"\s*(\(|\)|\[|\]|,|==|>=|<|[A-Za-z_][\w.]*|\"[^\"]*\"|-?\d+(?:\.\d+)?)")
COMPARE = {"==": lambda a, b: a == b, ">=": lambda a, b: a >= b, "<": lambda a, b: a < b,
           "in": lambda a, b: a in b}


def tokenize(text):
    pos, out, end = 0, [], len(text.rstrip())
    while pos < end:
        m = TOKENS.match(text, pos)
        if not m:
            raise SyntaxError(f"bad input at {pos}: {text[pos:pos + 10]!r}")
        out, pos = out + [m.group(1)], m.end()
    return out


def _value(tok):
    if tok.startswith('"'):
        return tok[1:-1]
    if re.fullmatch(r"-?\d+(\.\d+)?", tok):
        return float(tok) if "." in tok else int(tok)
    return {"true": True, "false": False}.get(tok, tok)


class Rule:
    def __init__(self, text):
        self.toks, self.i = tokenize(text) + [None], 0
        self.tree = self._binary("or", lambda: self._binary("and", self._factor))
        if self.toks[self.i] is not None:  # trailing garbage
            raise SyntaxError(f"unexpected {self.toks[self.i]!r}")

    def _next(self):
        self.i += 1
        return self.toks[self.i - 1]

    def _binary(self, word, sub):
        node = sub()
        while self.toks[self.i] == word:
            self._next()
            node = (word, node, sub())
        return node

    def _factor(self):
        tok = self._next()
        if tok == "not":
            return ("not", self._factor())
        if tok == "(":
            node, _ = self._binary("or", lambda: self._binary("and", self._factor)), self._next()
            return node
        op = self.toks[self.i]
        if op == "in":
            end = self.toks.index("]", self.i)
            items, self.i = [_value(t) for t in self.toks[self.i + 2:end] if t != ","], end + 1
            return ("cmp", "in", tok, items)
        if op in COMPARE:
            self.i += 2
            return ("cmp", op, tok, _value(self.toks[self.i - 1]))
        return ("truthy", tok)

    def evaluate(self, user, node=None):
        kind, *args = node or self.tree
        if kind in ("and", "or"):
            left = self.evaluate(user, args[0])
            return (left and self.evaluate(user, args[1])) if kind == "and" else (left or self.evaluate(user, args[1]))
        if kind in ("not", "truthy"):
            return not self.evaluate(user, args[0]) if kind == "not" else bool(user.get(args[0]))
        try:
            return COMPARE[args[0]](user.get(args[1]), args[2])
        except TypeError:
            return False


if __name__ == "__main__":
    r = Rule('(country in ["DE", "FR"] and age >= 18) or beta_tester and not plan == "free"')
    users = [{"country": "DE", "age": 30}, {"country": "US", "beta_tester": True, "plan": "pro"},
             {"country": "FR", "age": 15}, {"beta_tester": True, "plan": "free"}]
    print([r.evaluate(u) for u in users])
