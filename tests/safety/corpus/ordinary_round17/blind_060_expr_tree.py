"""Build, simplify and pretty-print expression trees with a visitor."""
from dataclasses import dataclass, fields
from pprint import pformat


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


NODE_TYPES = {cls.__name__: cls for cls in (Num, Var, BinOp)}


def from_dict(data):
    """Rebuild a node tree from {'type': 'BinOp', 'op': '+', ...} dictionaries."""
    if not isinstance(data, dict):
        return data
    cls = NODE_TYPES[data["type"]]
    return cls(**{f.name: from_dict(data[f.name]) for f in fields(cls)})


class Visitor:
    def visit(self, node):
        method = getattr(self, f"visit_{type(node).__name__}", self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        raise TypeError(f"no visitor for {type(node).__name__}")


class Printer(Visitor):
    def visit_Num(self, node):
        return f"{node.value:g}"

    def visit_Var(self, node):
        return node.name

    def visit_BinOp(self, node):
        return f"({self.visit(node.left)} {node.op} {self.visit(node.right)})"


class Simplifier(Visitor):
    def visit_Num(self, node):
        return node

    visit_Var = visit_Num

    def visit_BinOp(self, node):
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(left, Num) and isinstance(right, Num):
            ops = {"+": left.value + right.value, "*": left.value * right.value, "-": left.value - right.value}
            return Num(ops[node.op])
        if node.op == "*" and Num(0) in (left, right):
            return Num(0)
        if node.op in "+-" and right == Num(0):
            return left
        return BinOp(node.op, left, right)


if __name__ == "__main__":
    n, v = (lambda x: {"type": "Num", "value": x}), (lambda x: {"type": "Var", "name": x})
    b = lambda op, l, r: {"type": "BinOp", "op": op, "left": l, "right": r}
    raw = b("+", b("*", v("x"), b("-", n(3), n(2))), b("*", n(0), v("y")))
    tree = from_dict(raw)
    print(Printer().visit(tree), "=>", Printer().visit(Simplifier().visit(tree)))
    print(pformat(Simplifier().visit(tree), width=40))
