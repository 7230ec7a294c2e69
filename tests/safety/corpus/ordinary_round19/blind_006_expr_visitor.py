"""Evaluate and pretty-print small arithmetic expression trees via a visitor."""
from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Any, Union


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"


Node = Union[Num, Var, BinOp]


class NodeVisitor:
    def visit(self, node: Node) -> Any:
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node: Node) -> Any:
        raise TypeError(f"no visitor for {type(node).__name__}")


class Evaluator(NodeVisitor):
    OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

    def __init__(self, env: dict[str, float]) -> None:
        self.env = env

    def visit_Num(self, node: Num) -> float:
        return node.value

    def visit_Var(self, node: Var) -> float:
        if node.name not in self.env:
            raise NameError(f"undefined variable {node.name!r}")
        return self.env[node.name]

    def visit_BinOp(self, node: BinOp) -> float:
        return self.OPS[node.op](self.visit(node.left), self.visit(node.right))


class Printer(NodeVisitor):
    def visit_Num(self, node: Num) -> str:
        return f"{node.value:g}"

    def visit_Var(self, node: Var) -> str:
        return node.name

    def visit_BinOp(self, node: BinOp) -> str:
        return f"({self.visit(node.left)} {node.op} {self.visit(node.right)})"


def evaluate(tree: Node, env: dict[str, float] | None = None) -> float:
    return Evaluator(env or {}).visit(tree)


if __name__ == "__main__":
    tree = BinOp("+", Num(2), BinOp("*", Var("x"), Num(3)))
    print(Printer().visit(tree), "=", evaluate(tree, {"x": 4}))
