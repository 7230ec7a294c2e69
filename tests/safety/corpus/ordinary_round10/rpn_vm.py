"""A tiny stack-based calculator language (RPN) with variables."""

import math
import operator
from collections.abc import Callable

Stack = list[float]


class VMError(Exception):
    def __init__(self, message: str, token: str | None = None) -> None:
        super().__init__(f"{message} (at {token!r})" if token else message)
        self.token = token


BINARY_OPS: dict[str, Callable[[float, float], float]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul,
    "/": operator.truediv, "%": operator.mod, "**": operator.pow,
    "max": max, "min": min,
}
UNARY_OPS: dict[str, Callable[[float], float]] = {
    "neg": operator.neg, "abs": abs, "sqrt": math.sqrt, "floor": math.floor,
}


def run_rpn(program: str, variables: dict[str, float] | None = None) -> Stack:
    env = dict(variables or {})
    stack: Stack = []
    for token in program.split():
        try:
            if token in BINARY_OPS:
                b, a = stack.pop(), stack.pop()
                stack.append(BINARY_OPS[token](a, b))
            elif token in UNARY_OPS:
                stack.append(UNARY_OPS[token](stack.pop()))
            elif token == "dup":
                stack.append(stack[-1])
            elif token == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif token.startswith("="):
                env[token[1:]] = stack.pop()
            elif token in env:
                stack.append(env[token])
            else:
                stack.append(float(token))
        except IndexError:
            raise VMError("stack underflow", token) from None
        except (ValueError, ZeroDivisionError) as exc:
            raise VMError(str(exc), token) from exc
    return stack


if __name__ == "__main__":
    print(run_rpn("3 4 + 2 *"))
    print(run_rpn("r dup * 3.14159 * =area area 2 /", {"r": 2}))
    try:
        run_rpn("1 +")
    except VMError as e:
        print(e)
