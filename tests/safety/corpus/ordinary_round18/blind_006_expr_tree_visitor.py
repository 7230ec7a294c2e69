"""Expression tree with a visitor that evaluates and pretty-prints nodes."""
from __future__ import annotations

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
    """Dispatches to visit_<ClassName> methods, like ast.NodeVisitor."""

    def visit(self, node: Node) -> Any:
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node: Node) -> Any:
        raise TypeError(f"no visitor for {type(node).__name__}")


class Evaluator(NodeVisitor):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}

    def __init__(self, env: dict[str, float]) -> None:
        self.env = env

    def visit_Num(self, node: Num) -> float:
        return node.value

    def visit_Var(self, node: Var) -> float:
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


def evaluate_tree(tree: Node, env: dict[str, float] | None = None) -> tuple[str, float]:
    """Return the printed form of the tree and its numeric value."""
    return Printer().visit(tree), Evaluator(env or {}).visit(tree)


if __name__ == "__main__":
    tree = BinOp("*", BinOp("+", Num(2), Var("x")), BinOp("-", Num(10), Num(4)))
    print(evaluate_tree(tree, {"x": 1.5}))
