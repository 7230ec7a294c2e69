# ordinary: tiny expression tree with a visitor that dispatches on node class name (evaluate and pretty-print)
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: Node
    right: Node


Node = Union[Num, Var, BinOp]


class NodeVisitor:
    def visit(self, node: Node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node: Node):
        raise TypeError(f"no visit_{type(node).__name__} method")


class Evaluator(NodeVisitor):
    def __init__(self, env: dict[str, float]):
        self.env = env

    def visit_Num(self, node: Num) -> float:
        return node.value

    def visit_Var(self, node: Var) -> float:
        if node.name not in self.env:
            raise NameError(f"undefined variable {node.name!r}")
        return self.env[node.name]

    def visit_BinOp(self, node: BinOp) -> float:
        a, b = self.visit(node.left), self.visit(node.right)
        match node.op:
            case "+": return a + b
            case "-": return a - b
            case "*": return a * b
            case "/": return a / b
        raise ValueError(f"unknown operator {node.op}")


class Printer(NodeVisitor):
    def visit_Num(self, node: Num) -> str:
        return f"{node.value:g}"

    def visit_Var(self, node: Var) -> str:
        return node.name

    def visit_BinOp(self, node: BinOp) -> str:
        return f"({self.visit(node.left)} {node.op} {self.visit(node.right)})"


if __name__ == "__main__":
    tree = BinOp("+", Num(2), BinOp("*", Var("x"), BinOp("-", Var("y"), Num(1))))
    print(Printer().visit(tree), "=", Evaluator({"x": 3, "y": 5}).visit(tree))
