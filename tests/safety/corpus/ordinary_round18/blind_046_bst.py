"""Binary search tree with in-order iteration, range queries and height/balance checks."""
from dataclasses import dataclass
from typing import Generic, Iterator, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class _Node(Generic[K, V]):
    key: K
    value: V
    left: Optional["_Node[K, V]"] = None
    right: Optional["_Node[K, V]"] = None


class BST(Generic[K, V]):
    def __init__(self) -> None:
        self._root: Optional[_Node[K, V]] = None
        self._len = 0

    def __setitem__(self, key: K, value: V) -> None:
        self._root = self._insert(self._root, key, value)

    def _insert(self, node: Optional[_Node[K, V]], key: K, value: V) -> _Node[K, V]:
        if node is None:
            self._len += 1
            return _Node(key, value)
        if key < node.key:  # type: ignore[operator]
            node.left = self._insert(node.left, key, value)
        elif key > node.key:  # type: ignore[operator]
            node.right = self._insert(node.right, key, value)
        else:
            node.value = value
        return node

    def __getitem__(self, key: K) -> V:
        node = self._root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right  # type: ignore[operator]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
            return True
        except KeyError:
            return False

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[K]:
        yield from (k for k, _ in self.items())

    def items(self, lo: K | None = None, hi: K | None = None) -> Iterator[tuple[K, V]]:
        def walk(node: Optional[_Node[K, V]]) -> Iterator[tuple[K, V]]:
            if node is None:
                return
            if lo is None or lo < node.key:  # type: ignore[operator]
                yield from walk(node.left)
            if (lo is None or lo <= node.key) and (hi is None or node.key <= hi):  # type: ignore[operator]
                yield node.key, node.value
            if hi is None or node.key < hi:  # type: ignore[operator]
                yield from walk(node.right)
        return walk(self._root)

    def height(self, node: Optional[_Node[K, V]] = None, _top: bool = True) -> int:
        node = self._root if _top else node
        return 0 if node is None else 1 + max(self.height(node.left, False), self.height(node.right, False))


if __name__ == "__main__":
    tree: BST[int, str] = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 35]:
        tree[k] = f"v{k}"
    print(list(tree), len(tree), tree.height(), 35 in tree, 36 in tree)
    print(list(tree.items(33, 65)), tree[60])
