"""A tiny spreadsheet: cells hold numbers or formulas like '=A1+B2*2' or '=SUM(A1:A3)'."""
import re
from functools import reduce

REF_RE = re.compile(r"\b([A-Z])(\d+)\b")
RANGE_RE = re.compile(r"(SUM|AVG|MIN|MAX)\(([A-Z]\d+):([A-Z]\d+)\)")
AGG = {"SUM": sum, "AVG": lambda xs: sum(xs) / len(xs), "MIN": min, "MAX": max}


class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.cells: dict[str, str] = {}
        self._cache: dict[str, float] = {}

    def __setitem__(self, ref: str, value) -> None:
        self.cells[ref.upper()] = str(value)
        self._cache.clear()

    def __getitem__(self, ref: str) -> float:
        return self.evaluate(ref.upper(), ())

    def __contains__(self, ref: str) -> bool:
        return ref.upper() in self.cells

    @staticmethod
    def expand(start: str, end: str) -> list[str]:
        c1, r1 = start[0], int(start[1:])
        c2, r2 = end[0], int(end[1:])
        return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

    def evaluate(self, ref: str, stack: tuple) -> float:
        if ref in stack:
            raise CycleError(" -> ".join(stack + (ref,)))
        if ref in self._cache:
            return self._cache[ref]
        raw = self.cells.get(ref, "0")
        if not raw.startswith("="):
            value = float(raw) if raw else 0.0
        else:
            value = self._formula(raw[1:], stack + (ref,))
        self._cache[ref] = value
        return value

    def _formula(self, expr: str, stack: tuple) -> float:
        def agg(m):
            values = [self.evaluate(r, stack) for r in self.expand(m.group(2), m.group(3))]
            return repr(AGG[m.group(1)](values))

        expr = RANGE_RE.sub(agg, expr.replace(" ", ""))
        expr = REF_RE.sub(lambda m: repr(self.evaluate(m.group(0), stack)), expr)
        return self._arith(expr)

    @staticmethod
    def _arith(expr: str) -> float:
        tokens = re.findall(r"\d+(?:\.\d+)?(?:e-?\d+)?|[-+*/()]", expr)
        # shunting-yard to RPN; "neg" is unary minus
        prec = {"+": 1, "-": 1, "*": 2, "/": 2, "neg": 3}
        output, ops = [], []
        prev = None
        for tok in tokens:
            if tok == "-" and (prev is None or prev in prec or prev == "("):
                ops.append("neg")
            elif tok in prec:
                while ops and ops[-1] in prec and prec[ops[-1]] >= prec[tok]:
                    output.append(ops.pop())
                ops.append(tok)
            elif tok == "(":
                ops.append(tok)
            elif tok == ")":
                while ops[-1] != "(":
                    output.append(ops.pop())
                ops.pop()
            else:
                output.append(float(tok))
            prev = tok
        output.extend(reversed(ops))
        fns = {"+": float.__add__, "-": float.__sub__, "*": float.__mul__, "/": float.__truediv__}
        stack: list[float] = []
        for item in output:
            if isinstance(item, float):
                stack.append(item)
            elif item == "neg":
                stack.append(-stack.pop())
            else:
                b, a = stack.pop(), stack.pop()
                stack.append(fns[item](a, b))
        return reduce(lambda acc, x: x, stack, 0.0)

    def table(self) -> dict[str, float]:
        return {ref: round(self[ref], 4) for ref in sorted(self.cells)}


if __name__ == "__main__":
    s = Sheet()
    s["A1"], s["A2"], s["A3"] = 10, 20, 30
    s["B1"] = "=SUM(A1:A3)"
    s["B2"] = "=B1 / 3 + A1 * (2 - 1)"
    s["C1"] = "=MAX(A1:B2) - MIN(A1:A3)"
    print(s.table())
    s["A1"] = "=C1"
    try:
        s["B2"]
    except CycleError as e:
        print("cycle:", e)
