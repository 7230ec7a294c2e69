# family: ordinary, blind round 63 (generic typed stack and queue containers)
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class EmptyContainerError(LookupError):
    pass


class Stack(Generic[T]):
    def __init__(self, items: Optional[Iterable[T]] = None) -> None:
        self._items: list[T] = list(items or [])

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyContainerError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> T:
        if not self._items:
            raise EmptyContainerError("peek at empty stack")
        return self._items[-1]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class Queue(Generic[T]):
    def __init__(self, items: Optional[Iterable[T]] = None) -> None:
        self._items: deque[T] = deque(items or [])

    def enqueue(self, item: T) -> None:
        self._items.append(item)

    def dequeue(self) -> T:
        try:
            return self._items.popleft()
        except IndexError as exc:
            raise EmptyContainerError("dequeue from empty queue") from exc

    def __len__(self) -> int:
        return len(self._items)


def balanced(expr: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: Stack[str] = Stack()
    for ch in expr:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            try:
                if stack.pop() != pairs[ch]:
                    return False
            except EmptyContainerError:
                return False
    return len(stack) == 0


if __name__ == "__main__":
    for e in ["(a[b]{c})", "(]", "((", "x)"]:
        print(e, balanced(e))
    q: Queue[int] = Queue([1, 2])
    q.enqueue(3)
    print([q.dequeue() for _ in range(len(q))], len(q))
    s = Stack("abc")
    print(s, list(s), s.peek())
