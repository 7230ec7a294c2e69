# ordinary: evaluate reverse-Polish expressions with a small Stack class
import operator
from typing import Iterator, Union

Number = Union[int, float]
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "^": operator.pow, "%": operator.mod}


class StackUnderflow(Exception):
    pass


class Stack:
    def __init__(self) -> None:
        self._items: list[Number] = []

    def push(self, item: Number) -> None:
        self._items.append(item)

    def pop(self) -> Number:
        if not self._items:
            raise StackUnderflow("not enough operands")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Number]:
        return reversed(self._items)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def __bool__(self) -> bool:
        return bool(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


def eval_rpn(expression: str) -> dict:
    """Evaluate an RPN expression such as '3 4 + 2 *'."""
    stack = Stack()
    try:
        for tok in expression.split():
            if (op := OPS.get(tok)) is not None:
                b, a = stack.pop(), stack.pop()
                stack.push(op(a, b))
            else:
                stack.push(float(tok) if "." in tok else int(tok))
        if len(stack) != 1:
            return {"error": f"{len(stack)} values left on stack", "stack": list(stack)}
        return {"result": stack.pop()}
    except (StackUnderflow, ValueError, ZeroDivisionError) as exc:
        return {"error": str(exc)}


if __name__ == "__main__":
    print(eval_rpn("3 4 + 2 * 7 /"), eval_rpn("1 +"))
