"""Typed containers: a bounded Stack[T] and a TypedList that validates element types."""
from typing import Generic, TypeVar, Iterator, Optional

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self, max_size: Optional[int] = None):
        self._items: list = []
        self.max_size = max_size

    def push(self, item: T) -> None:
        if self.max_size is not None and len(self._items) >= self.max_size:
            raise OverflowError("stack full")
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"{type(self).__name__}({self._items!r})"


class TypedList(Generic[T]):
    def __init__(self, item_type: type, items=()):
        self.item_type = item_type
        self._items = []
        for it in items:
            self.append(it)

    def append(self, item: T):
        if not isinstance(item, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(item).__name__}")
        self._items.append(item)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


def check_brackets(text: str) -> dict:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: Stack[tuple] = Stack()
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.push((ch, i))
        elif ch in pairs:
            if not len(stack) or stack.peek()[0] != pairs[ch]:
                return {"balanced": False, "error_at": i}
            stack.pop()
    return {"balanced": not len(stack), "error_at": stack.peek()[1] if len(stack) else None}


if __name__ == "__main__":
    print(check_brackets("f(a[1], {b: (2)})"), check_brackets("(]"), check_brackets("((x)"))
    tl = TypedList(int, [1, 2])
    try:
        tl.append("3")
    except TypeError as e:
        print(e)
