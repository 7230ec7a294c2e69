# family: ordinary, blind round 62 (expression tree evaluator with handle_ dispatch)
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


@dataclass
class Var:
    name: str


class Evaluator:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b, "^": lambda a, b: a ** b}

    def __init__(self, env=None):
        self.env = env or {}
        self.visits = 0

    def __call__(self, node):
        self.visits += 1
        handler = getattr(self, "handle_" + type(node).__name__.lower(), None)
        if handler is None:
            raise TypeError("cannot evaluate %s" % type(node).__name__)
        return handler(node)

    def handle_num(self, node):
        return node.value

    def handle_var(self, node):
        try:
            return self.env[node.name]
        except KeyError:
            raise NameError(f"undefined variable {node.name!r}") from None

    def handle_neg(self, node):
        return -self(node.operand)

    def handle_binop(self, node):
        return self.OPS[node.op](self(node.left), self(node.right))


def show(node):
    match node:
        case Num(value=v):
            return "%g" % v
        case Var(name=n):
            return n
        case Neg(operand=o):
            return "-" + show(o)
        case BinOp(op=op, left=l, right=r):
            return f"({show(l)} {op} {show(r)})"


if __name__ == "__main__":
    tree = BinOp("+", BinOp("*", Num(2), Var("x")), Neg(BinOp("^", Var("y"), Num(2))))
    ev = Evaluator({"x": 10, "y": 3})
    print(show(tree), "=", ev(tree), "| visits:", ev.visits)
    for bad in (Var("z"), "oops"):
        try:
            ev(bad)
        except (NameError, TypeError) as e:
            print(type(e).__name__ + ":", e)
