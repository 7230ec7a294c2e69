"""Evaluate and pretty-print small expression trees with a visitor."""
from dataclasses import dataclass
from typing import Any


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: Any
    right: Any


class NodeVisitor:
    """Dispatch to visit_<ClassName> methods, like ast.NodeVisitor."""

    def visit(self, node: Any) -> Any:
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node: Any) -> Any:
        raise TypeError(f"no visitor for {type(node).__name__}")


class Evaluator(NodeVisitor):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
    }

    def __init__(self, env: dict[str, float]):
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


def evaluate(tree: Any, env: dict[str, float] | None = None) -> float:
    return Evaluator(env or {}).visit(tree)


def to_string(tree: Any) -> str:
    return Printer().visit(tree)


if __name__ == "__main__":
    expr = BinOp("*", BinOp("+", Var("x"), Num(2)), BinOp("-", Num(10), Var("y")))
    print(to_string(expr), "=", evaluate(expr, {"x": 3, "y": 4}))
