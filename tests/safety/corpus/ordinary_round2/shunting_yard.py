# ordinary: convert infix arithmetic to postfix with the shunting-yard algorithm and evaluate it
import operator
import re
from typing import List, Union

Number = Union[int, float]

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT_ASSOC = {"^"}
OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "%": operator.mod,
    "^": operator.pow,
}
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokenize(expr: str) -> List[str]:
    tokens = []
    for number, other in TOKEN_RE.findall(expr):
        if number:
            tokens.append(number)
        elif other.strip():
            tokens.append(other)
    return tokens


def to_postfix(tokens: List[str]) -> List[str]:
    output, stack = [], []
    for tok in tokens:
        if tok in PRECEDENCE:
            while stack and stack[-1] in PRECEDENCE and (
                PRECEDENCE[stack[-1]] > PRECEDENCE[tok]
                or (PRECEDENCE[stack[-1]] == PRECEDENCE[tok] and tok not in RIGHT_ASSOC)
            ):
                output.append(stack.pop())
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise ValueError("mismatched parentheses")
            stack.pop()
        else:
            output.append(tok)
    while stack:
        if (top := stack.pop()) == "(":
            raise ValueError("mismatched parentheses")
        output.append(top)
    return output


def evaluate(expr: str) -> Number:
    stack: List[Number] = []
    for tok in to_postfix(tokenize(expr)):
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    (result,) = stack
    return result


if __name__ == "__main__":
    for e in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(1 + 2) * 3", "10 % 4 + 2.5"]:
        print(f"{e:<30} => {' '.join(to_postfix(tokenize(e))):<25} = {evaluate(e)}")
