"""Prefix trie for autocomplete suggestions ranked by frequency."""
from __future__ import annotations

import heapq
from typing import Iterable, Iterator


class TrieNode:
    __slots__ = ("children", "count")

    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.count = 0


class Trie:
    def __init__(self, words: Iterable[str] = ()) -> None:
        self.root = TrieNode()
        self._size = 0
        for w in words:
            self.add(w)

    def add(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word.lower():
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self._size += 1
        node.count += weight

    def _find(self, prefix: str) -> TrieNode | None:
        node = self.root
        for ch in prefix.lower():
            if (node := node.children.get(ch)) is None:
                return None
        return node

    def __contains__(self, word: object) -> bool:
        node = self._find(str(word))
        return node is not None and node.count > 0

    def __len__(self) -> int:
        return self._size

    def _walk(self, node: TrieNode, prefix: str) -> Iterator[tuple[str, int]]:
        if node.count:
            yield prefix, node.count
        for ch, child in sorted(node.children.items()):
            yield from self._walk(child, prefix + ch)

    def __iter__(self) -> Iterator[str]:
        return (w for w, _ in self._walk(self.root, ""))

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        node = self._find(prefix)
        if node is None:
            return []
        best = heapq.nsmallest(limit, self._walk(node, prefix.lower()), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in best]


def suggest(history: list[str], prefix: str, limit: int = 3) -> list[str]:
    return Trie(history).complete(prefix, limit)


if __name__ == "__main__":
    searches = ["python", "pytest", "python", "pandas", "pydantic", "pytest", "python", "pygame", "rust"]
    t = Trie(searches)
    print(suggest(searches, "py"), t.complete("pa"), t.complete("zz"))
    print(len(t), "rust" in t, "ru" in t, list(t))
