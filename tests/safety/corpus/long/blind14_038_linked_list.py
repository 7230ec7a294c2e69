"""A doubly linked list implementing the MutableSequence-like protocol."""
from typing import Generic, Iterator, TypeVar, Iterable, Optional

T = TypeVar("T")


class _Node(Generic[T]):
    __slots__ = ("value", "prev", "next")

    def __init__(self, value: T):
        self.value = value
        self.prev: Optional["_Node[T]"] = None
        self.next: Optional["_Node[T]"] = None


class LinkedList(Generic[T]):
    def __init__(self, items: Iterable[T] = ()):
        self._head: Optional[_Node[T]] = None
        self._tail: Optional[_Node[T]] = None
        self._size = 0
        for item in items:
            self.append(item)

    def append(self, value: T) -> None:
        node = _Node(value)
        if self._tail is None:
            self._head = self._tail = node
        else:
            node.prev, self._tail.next = self._tail, node
            self._tail = node
        self._size += 1

    def appendleft(self, value: T) -> None:
        node = _Node(value)
        if self._head is None:
            self._head = self._tail = node
        else:
            node.next, self._head.prev = self._head, node
            self._head = node
        self._size += 1

    def _node_at(self, index: int) -> _Node[T]:
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("linked list index out of range")
        if index < self._size // 2:
            node = self._head
            for _ in range(index):
                node = node.next
        else:
            node = self._tail
            for _ in range(self._size - 1 - index):
                node = node.prev
        return node

    def __getitem__(self, index: int) -> T:
        return self._node_at(index).value

    def __setitem__(self, index: int, value: T) -> None:
        self._node_at(index).value = value

    def __delitem__(self, index: int) -> None:
        node = self._node_at(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self._head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self._tail = node.prev
        self._size -= 1

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[T]:
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self) -> Iterator[T]:
        node = self._tail
        while node:
            yield node.value
            node = node.prev

    def __contains__(self, value: object) -> bool:
        return any(v == value for v in self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self) -> str:
        return f"LinkedList([{', '.join(map(repr, self))}])"

    def reverse(self) -> None:
        node = self._head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev
        self._head, self._tail = self._tail, self._head


if __name__ == "__main__":
    ll = LinkedList([1, 2, 3, 4])
    ll.appendleft(0)
    del ll[2]
    ll[-1] = 40
    print(ll, len(ll), 3 in ll, list(reversed(ll)), ll[1])
    ll.reverse()
    print(ll, ll == LinkedList([40, 3, 1, 0]))
