"""Prefix trie for autocomplete with frequency ranking."""

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class Node:
    children: dict[str, "Node"] = field(default_factory=dict)
    count: int = 0


class Trie:
    def __init__(self) -> None:
        self.root = Node()
        self._size = 0

    def insert(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
        if node.count == 0:
            self._size += 1
        node.count += weight

    def __len__(self) -> int:
        return self._size

    def __contains__(self, word: object) -> bool:
        node = self._find(str(word))
        return node is not None and node.count > 0

    def _find(self, prefix: str) -> Node | None:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def _walk(self, node: Node, prefix: str) -> Iterator[tuple[str, int]]:
        if node.count:
            yield prefix, node.count
        for ch, child in node.children.items():
            yield from self._walk(child, prefix + ch)

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        node = self._find(prefix)
        if node is None:
            return []
        best = heapq.nsmallest(limit, self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in best]


def autocomplete(history: list[str], prefix: str, limit: int = 3) -> list[str]:
    trie = Trie()
    for word in history:
        trie.insert(word.lower())
    return trie.complete(prefix.lower(), limit)


if __name__ == "__main__":
    searches = ["python", "pytest", "python", "pandas", "pyright", "pytest", "python", "perl"]
    print(autocomplete(searches, "py"), autocomplete(searches, "pa"), autocomplete(searches, "z"))
