"""Arithmetic expression tree with a visitor for evaluation and printing."""
from __future__ import annotations
from dataclasses import dataclass


class Node:
    def accept(self, visitor):
        method = getattr(visitor, "visit_" + type(self).__name__)
        return method(self)


@dataclass
class Num(Node):
    value: float


@dataclass
class Var(Node):
    name: str


@dataclass
class BinOp(Node):
    op: str
    left: Node
    right: Node


class Evaluator:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}

    def __init__(self, env: dict[str, float] | None = None):
        self.env = env or {}

    def visit_Num(self, n: Num): return n.value

    def visit_Var(self, v: Var):
        if v.name not in self.env:
            raise NameError(f"unbound variable {v.name}")
        return self.env[v.name]

    def visit_BinOp(self, b: BinOp):
        return self.OPS[b.op](b.left.accept(self), b.right.accept(self))


class Printer:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

    def visit_Num(self, n): return f"{n.value:g}"
    def visit_Var(self, v): return v.name

    def visit_BinOp(self, b):
        def wrap(child):
            s = child.accept(self)
            if isinstance(child, BinOp) and self.PREC[child.op] < self.PREC[b.op]:
                return f"({s})"
            return s
        return f"{wrap(b.left)} {b.op} {wrap(b.right)}"


class VarCollector:
    def visit_Num(self, n): return set()
    def visit_Var(self, v): return {v.name}
    def visit_BinOp(self, b): return b.left.accept(self) | b.right.accept(self)


if __name__ == "__main__":
    expr = BinOp("*", BinOp("+", Var("x"), Num(2)), BinOp("-", Var("y"), Num(0.5)))
    print(expr.accept(Printer()))
    print(expr.accept(VarCollector()))
    print(expr.accept(Evaluator({"x": 3, "y": 4})))
