# family: ordinary, blind round 60 (RPN calculator with operator dispatch table)
import operator
from fractions import Fraction
from typing import Callable


class RPNError(Exception):
    pass


BINARY_OPS: dict[str, Callable] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "^": operator.pow,
    "%": operator.mod,
}

UNARY_OPS: dict[str, Callable] = {
    "neg": operator.neg,
    "abs": abs,
    "inv": lambda x: 1 / x,
}


def _to_number(token: str):
    try:
        return Fraction(token)
    except ValueError as err:
        raise RPNError(f"unknown token: {token!r}") from err


def evaluate(expression: str, exact: bool = False):
    stack: list = []
    for token in expression.split():
        if token in BINARY_OPS:
            if len(stack) < 2:
                raise RPNError(f"not enough operands for {token!r}")
            right, left = stack.pop(), stack.pop()
            try:
                stack.append(BINARY_OPS[token](left, right))
            except ZeroDivisionError as err:
                raise RPNError("division by zero") from err
        elif token in UNARY_OPS:
            if not stack:
                raise RPNError(f"not enough operands for {token!r}")
            stack.append(UNARY_OPS[token](stack.pop()))
        elif token == "dup":
            stack.append(stack[-1])
        elif token == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(_to_number(token))
    if len(stack) != 1:
        raise RPNError(f"malformed expression, stack={stack}")
    result = stack[0]
    return result if exact else float(result)


if __name__ == "__main__":
    cases = ["3 4 + 2 *", "1 3 / 1 6 / +", "2 10 ^ neg", "5 dup *", "1 0 /", "1 +", "2 x *"]
    for expr in cases:
        try:
            print(f"{expr:16} => {evaluate(expr)}   exact={evaluate(expr, exact=True)}")
        except RPNError as e:
            print(f"{expr:16} => error: {e}")
