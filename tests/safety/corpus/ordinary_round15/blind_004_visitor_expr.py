"""Tiny arithmetic expression tree with a visitor that evaluates and pretty-prints."""
from dataclasses import dataclass


class Node:
    def accept(self, visitor):
        method = getattr(visitor, "visit_" + type(self).__name__, None)
        if method is None:
            method = visitor.generic_visit
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

    def __init__(self, env):
        self.env = env

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        if node.name not in self.env:
            raise NameError(f"unbound variable {node.name}")
        return self.env[node.name]

    def visit_BinOp(self, node):
        return self.OPS[node.op](node.left.accept(self), node.right.accept(self))

    def generic_visit(self, node):
        raise TypeError(f"no visitor for {type(node).__name__}")


class Printer:
    def visit_Num(self, node):
        return format(node.value, "g")

    def visit_Var(self, node):
        return node.name

    def visit_BinOp(self, node):
        return f"({node.left.accept(self)} {node.op} {node.right.accept(self)})"

    def generic_visit(self, node):
        return "?"


def evaluate(tree: Node, env: dict) -> dict:
    return {"expr": tree.accept(Printer()), "value": tree.accept(Evaluator(env))}


if __name__ == "__main__":
    t = BinOp("+", Num(2), BinOp("*", Var("x"), Num(3)))
    print(evaluate(t, {"x": 4}))
