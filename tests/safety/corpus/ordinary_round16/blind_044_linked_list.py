"""A singly linked list implementing the sequence protocols."""
from __future__ import annotations
from typing import Any, Iterable, Iterator


class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value: Any, next: _Node | None = None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items: Iterable[Any] = ()):
        self._head: _Node | None = None
        self._size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value: Any) -> None:
        self._head = _Node(value, self._head)
        self._size += 1

    def pop(self) -> Any:
        if self._head is None:
            raise IndexError("pop from empty list")
        node, self._head = self._head, self._head.next
        self._size -= 1
        return node.value

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Any]:
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __getitem__(self, index: int) -> Any:
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def reverse(self) -> LinkedList:
        prev, node = None, self._head
        while node:
            node.next, prev, node = prev, node, node.next
        self._head = prev
        return self

    def __eq__(self, other) -> bool:
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self) -> str:
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

    def __add__(self, other: LinkedList) -> LinkedList:
        return type(self)([*self, *other])


if __name__ == "__main__":
    ll = LinkedList([1, 2, 3])
    ll.push(0)
    print(ll, len(ll), ll[-1], ll[1])
    print(ll.reverse(), ll.pop(), ll + LinkedList("ab"))
    print(LinkedList([1, 2]) == LinkedList([1, 2]))
