"""Singly linked list with Python sequence protocol support."""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional


class _Node:
    def __init__(self, value: Any, next: Optional["_Node"] = None) -> None:
        self.value, self.next = value, next


class _ListIterator:
    def __init__(self, node: Optional[_Node]) -> None:
        self._node = node

    def __iter__(self) -> "_ListIterator":
        return self

    def __next__(self) -> Any:
        if self._node is None:
            raise StopIteration
        value, self._node = self._node.value, self._node.next
        return value


class LinkedList:
    def __init__(self, items: Iterable[Any] = ()) -> None:
        self._head: Optional[_Node] = None
        self._size = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value: Any) -> None:
        self._head = _Node(value, self._head)
        self._size += 1

    def _node_at(self, index: int) -> _Node:
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("linked list index out of range")
        node = self._head
        for _ in range(index):
            node = node.next  # type: ignore[union-attr]
        return node  # type: ignore[return-value]

    def __getitem__(self, index: int) -> Any:
        return self._node_at(index).value

    def __setitem__(self, index: int, value: Any) -> None:
        self._node_at(index).value = value

    def __len__(self) -> int:
        return self._size

    def __bool__(self) -> bool:
        return self._head is not None

    def __iter__(self) -> Iterator[Any]:
        return _ListIterator(self._head)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self) -> str:
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

    def reverse(self) -> None:
        prev, node = None, self._head
        while node:
            node.next, prev, node = prev, node, node.next
        self._head = prev


if __name__ == "__main__":
    ll = LinkedList([1, 2, 3, 4])
    ll[1] = 20
    ll.reverse()
    print(ll, len(ll), ll[-1], bool(LinkedList()), ll == LinkedList([4, 3, 20, 1]), sum(ll))
