"""Generic typed stack and bounded queue containers."""
from __future__ import annotations

from collections import deque
from typing import Generic, Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")


class EmptyError(LookupError):
    pass


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyError(f"pop from empty {type(self).__name__}")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"


class BoundedQueue(Generic[T]):
    def __init__(self, capacity: int) -> None:
        self._items: deque[T] = deque(maxlen=capacity)
        self.dropped = 0

    def put(self, item: T) -> None:
        if len(self._items) == self._items.maxlen:
            self.dropped += 1
        self._items.append(item)

    def get(self) -> T:
        if not self._items:
            raise EmptyError("queue is empty")
        return self._items.popleft()

    def __len__(self) -> int:
        return len(self._items)


def balanced(text: str) -> bool:
    """Check that brackets in `text` are balanced."""
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: Stack[str] = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs and (not stack or stack.pop() != pairs[ch]):
            return False
    return not stack


if __name__ == "__main__":
    print(balanced("f(a[1], {b: 2})"), balanced("(]"), Stack([1, 2, 3]))
    q: BoundedQueue[int] = BoundedQueue(2)
    for i in range(4):
        q.put(i)
    print(q.get(), len(q), q.dropped)
