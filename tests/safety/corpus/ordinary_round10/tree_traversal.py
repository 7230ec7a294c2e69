"""Binary search tree with in/pre/post/level-order traversal and height."""

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, Optional, TypeVar

K = TypeVar("K")


@dataclass
class TreeNode(Generic[K]):
    key: K
    left: Optional["TreeNode[K]"] = None
    right: Optional["TreeNode[K]"] = None


class BST(Generic[K]):
    def __init__(self) -> None:
        self.root: Optional[TreeNode[K]] = None
        self._count = 0

    def insert(self, key: K) -> None:
        if self.root is None:
            self.root = TreeNode(key)
            self._count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"  # type: ignore[operator]
            child = node.left if side == "left" else node.right
            if child is None:
                new = TreeNode(key)
                if side == "left":
                    node.left = new
                else:
                    node.right = new
                self._count += 1
                return
            node = child

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[K]:
        return self.inorder(self.root)

    def inorder(self, node: Optional[TreeNode[K]]) -> Iterator[K]:
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self, node: Optional[TreeNode[K]]) -> Iterator[K]:
        if node:
            yield node.key
            yield from self.preorder(node.left)
            yield from self.preorder(node.right)

    def level_order(self) -> list[list[K]]:
        levels, queue = [], deque([self.root] if self.root else [])
        while queue:
            levels.append([n.key for n in queue])
            queue = deque(c for n in queue for c in (n.left, n.right) if c)
        return levels


def traverse(keys: list[int]) -> dict[str, object]:
    tree: BST[int] = BST()
    for k in keys:
        tree.insert(k)
    return {"size": len(tree), "inorder": list(tree), "preorder": list(tree.preorder(tree.root)),
            "levels": tree.level_order(), "height": len(tree.level_order())}


if __name__ == "__main__":
    print(traverse([50, 30, 70, 20, 40, 60, 80, 30, 65]))
