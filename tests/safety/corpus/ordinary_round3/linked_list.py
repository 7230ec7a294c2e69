# ordinary: singly linked list with sequence-like behaviour
class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self._head = None
        self._tail = None
        self._len = 0
        for item in iterable:
            self.append(item)

    def append(self, value):
        node = _Node(value)
        if self._tail is None:
            self._head = self._tail = node
        else:
            self._tail.next = node
            self._tail = node
        self._len += 1

    def appendleft(self, value):
        self._head = _Node(value, self._head)
        if self._tail is None:
            self._tail = self._head
        self._len += 1

    def popleft(self):
        if self._head is None:
            raise IndexError("pop from empty list")
        node = self._head
        self._head = node.next
        if self._head is None:
            self._tail = None
        self._len -= 1
        return node.value

    def reverse(self):
        previous, current = None, self._head
        self._tail = current
        while current is not None:
            current.next, previous, current = previous, current, current.next
        self._head = previous

    def __iter__(self):
        node = self._head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self):
        return f"{type(self).__name__}([{', '.join(map(repr, self))}])"

    def __add__(self, other):
        return type(self)([*self, *other])


if __name__ == "__main__":
    ll = LinkedList([1, 2, 3])
    ll.appendleft(0)
    ll.append(4)
    print(ll, len(ll))
    ll.reverse()
    print(ll, ll.popleft(), ll + LinkedList("ab"), ll == LinkedList([3, 2, 1, 0]))
