# ordinary: reverse Polish notation calculator with a table of operators
import math
import operator

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "^": operator.pow, "%": operator.mod, "//": operator.floordiv}
UNARY = {"neg": operator.neg, "sqrt": math.sqrt, "abs": abs, "ln": math.log, "sin": math.sin, "cos": math.cos}
CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau}


class RPNError(ValueError):
    pass


def evaluate(expression):
    stack = []
    for token in expression.split():
        if token in BINARY:
            if len(stack) < 2:
                raise RPNError(f"operator {token!r} needs two operands")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(BINARY[token](a, b))
            except ZeroDivisionError:
                raise RPNError("division by zero") from None
        elif token in UNARY:
            if not stack:
                raise RPNError(f"function {token!r} needs an operand")
            stack.append(UNARY[token](stack.pop()))
        elif token in CONSTANTS:
            stack.append(CONSTANTS[token])
        elif token == "dup":
            stack.append(stack[-1])
        elif token == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(float(token) if "." in token or "e" in token else int(token))
            except ValueError:
                raise RPNError(f"unknown token {token!r}") from None
    if len(stack) != 1:
        raise RPNError(f"expression leaves {len(stack)} values on the stack")
    return stack[0]


if __name__ == "__main__":
    for expr in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ sqrt", "pi 2 / sin", "1 0 /", "1 +", "4 dup *", "1 2"]:
        try:
            print(f"{expr:<22} = {evaluate(expr):g}")
        except RPNError as exc:
            print(f"{expr:<22} ! {exc}")
