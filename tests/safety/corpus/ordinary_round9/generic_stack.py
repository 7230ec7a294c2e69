"""A typed generic stack used to evaluate postfix expressions."""
from __future__ import annotations

import operator
from typing import Callable, Generic, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"


BinOp = Callable[[float, float], float]

OPS: dict[str, BinOp] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "^": operator.pow,
}


def eval_postfix(expression: str) -> float:
    """Entry point: evaluate a space separated postfix expression."""
    stack: Stack[float] = Stack()
    for token in expression.split():
        match token:
            case op if op in OPS:
                right, left = stack.pop(), stack.pop()
                stack.push(OPS[op](left, right))
            case "neg":
                stack.push(-stack.pop())
            case "dup":
                top = stack.peek()
                if top is None:
                    raise ValueError("dup on empty stack")
                stack.push(top)
            case number:
                stack.push(float(number))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack={stack!r}")
    return stack.pop()
