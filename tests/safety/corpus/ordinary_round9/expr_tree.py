"""Evaluate and simplify small arithmetic expression trees."""
from __future__ import annotations

from dataclasses import dataclass
import operator
from typing import Union

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: Expr
    right: Expr

Expr = Union[Num, Var, BinOp]


def simplify(e: Expr) -> Expr:
    match e:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)) | ("-", x, Num(0)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case _:
            return e


def evaluate(e: Expr, env: dict[str, float]) -> float:
    match e:
        case Num(v):
            return v
        case Var(name):
            return env[name]
        case BinOp(op, l, r) if op in OPS:
            return OPS[op](evaluate(l, env), evaluate(r, env))
    raise ValueError(f"bad expression {e}")


def to_str(e: Expr) -> str:
    match e:
        case Num(v):
            return f"{v:g}"
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({to_str(l)} {op} {to_str(r)})"


def simplify_and_eval(tree: dict, env: dict[str, float]) -> tuple[str, float]:
    """Entry point: tree given as nested dicts {'op','l','r'} / numbers / names."""
    def build(node: object) -> Expr:
        match node:
            case int() | float():
                return Num(float(node))
            case str(name):
                return Var(name)
            case {"op": op, "l": l, "r": r}:
                return BinOp(op, build(l), build(r))
        raise ValueError(node)

    expr = simplify(build(tree))
    return to_str(expr), evaluate(expr, env)
