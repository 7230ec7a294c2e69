class StackUnderflow(Exception):
    pass


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise StackUnderflow("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __str__(self):
        return "Stack(" + ", ".join(str(x) for x in self._items) + ")"


def rpn(expression):
    """Evaluate a reverse-polish expression such as '3 4 + 2 *'."""
    stack = Stack()
    binary = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "^": lambda a, b: a ** b,
    }
    for token in expression.split():
        if token in binary:
            right, left = stack.pop(), stack.pop()
            stack.push(binary[token](left, right))
        else:
            stack.push(float(token))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack is {stack}")
    return stack.pop()
