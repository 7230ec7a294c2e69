# ordinary: tiny arithmetic expression tree with an evaluating visitor and a printer
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


class NodeVisitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        raise TypeError(f"no visit_{type(node).__name__} method on {type(self).__name__}")


class Evaluator(NodeVisitor):
    def visit_Num(self, node):
        return node.value

    def visit_Neg(self, node):
        return -self.visit(node.operand)

    def visit_BinOp(self, node):
        left, right = self.visit(node.left), self.visit(node.right)
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        if node.op == "/":
            return left / right
        raise ValueError(f"unknown operator {node.op!r}")


class Printer(NodeVisitor):
    def visit_Num(self, node):
        return f"{node.value:g}"

    def visit_Neg(self, node):
        return f"-{self.visit(node.operand)}"

    def visit_BinOp(self, node):
        return f"({self.visit(node.left)} {node.op} {self.visit(node.right)})"


if __name__ == "__main__":
    tree = BinOp("*", BinOp("+", Num(2), Num(3)), Neg(BinOp("/", Num(9), Num(4))))
    print(Printer().visit(tree), "=", Evaluator().visit(tree))
    try:
        Evaluator().visit("x")
    except TypeError as exc:
        print(exc)
