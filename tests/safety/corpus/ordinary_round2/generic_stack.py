# ordinary: generic Stack[T] and bounded Queue[T] containers with the usual container protocols
from __future__ import annotations

from collections import deque
from typing import Deque, Generic, Iterable, Iterator, List, Optional, TypeVar

T = TypeVar("T")


class EmptyError(IndexError):
    """Raised when taking from an empty container."""


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: List[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyError("pop from empty stack")
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
        return f"Stack({self._items!r})"

class BoundedQueue(Generic[T]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: Deque[T] = deque()

    def put(self, item: T) -> Optional[T]:
        """Add an item; returns the evicted oldest item when full."""
        evicted = self._items.popleft() if len(self._items) >= self.capacity else None
        self._items.append(item)
        return evicted

    def get(self) -> T:
        if not self._items:
            raise EmptyError("get from empty queue")
        return self._items.popleft()

    def __getitem__(self, index: int) -> T:
        return self._items[index]
    def __contains__(self, item: object) -> bool:
        return item in self._items
    def __len__(self) -> int:
        return len(self._items)


def balanced(text: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: Stack[str] = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


if __name__ == "__main__":
    s: Stack[int] = Stack([1, 2, 3])
    print(list(s), s.peek(), len(s), s)
    q: BoundedQueue[str] = BoundedQueue(2)
    print(q.put("a"), q.put("b"), q.put("c"), q[0], "a" in q)
    print([balanced(x) for x in ["([]{})", "([)]", "((", ""]])
