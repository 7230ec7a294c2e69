"""Prefix trie for autocomplete suggestions ranked by frequency."""
from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class TrieNode:
    children: dict[str, "TrieNode"] = field(default_factory=dict)
    count: int = 0  # > 0 marks the end of a word


class Trie:
    def __init__(self, words: list[str] | None = None) -> None:
        self.root = TrieNode()
        self.size = 0
        for w in words or []:
            self.insert(w)

    def insert(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word.lower():
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self.size += 1
        node.count += weight

    def _find(self, prefix: str) -> TrieNode | None:
        node = self.root
        for ch in prefix.lower():
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word: str) -> bool:
        node = self._find(word)
        return bool(node and node.count)

    def _walk(self, node: TrieNode, prefix: str) -> Iterator[tuple[str, int]]:
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        """Most frequent words starting with ``prefix``; ties alphabetical."""
        node = self._find(prefix)
        if node is None:
            return []
        matches = sorted(self._walk(node, prefix.lower()), key=lambda p: (-p[1], p[0]))
        return [w for w, _ in matches[:limit]]


if __name__ == "__main__":
    history = "help hello helm hello help helicopter hero heron hello world".split()
    t = Trie(history)
    print(t.size, "hello" in t, "hel" in t)
    print(t.complete("hel"))
    print(t.complete("her", limit=1))
    print(t.complete("xyz"))
