# ordinary: typed generic stack and bounded queue containers
from collections import deque
from typing import Deque, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")


class EmptyError(LookupError):
    pass


class Stack(Generic[T]):
    def __init__(self, items: Optional[List[T]] = None) -> None:
        self._items: List[T] = list(items or [])

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyError(f"pop from empty {type(self).__name__}")
        return self._items.pop()

    def peek(self) -> T:
        if not self._items:
            raise EmptyError("peek at empty stack")
        return self._items[-1]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"


class BoundedQueue(Generic[T]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: Deque[T] = deque()
        self.dropped = 0

    def put(self, item: T) -> None:
        if len(self._items) == self.capacity:
            self._items.popleft()
            self.dropped += 1
        self._items.append(item)

    def get(self) -> T:
        if not self._items:
            raise EmptyError("get from empty queue")
        return self._items.popleft()

    def __len__(self) -> int:
        return len(self._items)


def balanced(text: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: Stack[str] = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            if not len(stack) or stack.pop() != pairs[ch]:
                return False
    return not len(stack)


if __name__ == "__main__":
    s: Stack[int] = Stack([1, 2])
    s.push(3)
    print(s, list(s), s.pop(), s.peek(), len(s))
    q: BoundedQueue[str] = BoundedQueue(2)
    for word in "a b c d".split():
        q.put(word)
    print(q.get(), len(q), q.dropped)
    print([balanced(t) for t in ["(a[b]{c})", "(]", "((", ""]])
