# ordinary: prefix trie with autocomplete, supporting len/in/iteration
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    terminal: bool = False
    count: int = 0


class Trie:
    """A simple trie of words."""

    def __init__(self, words: list[str] | None = None) -> None:
        self._root = _Node()
        self._size = 0
        for word in words or []:
            self.add(word)

    def add(self, word: str) -> None:
        node = self._root
        for ch in word:
            node = node.children.setdefault(ch, _Node())
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self._size += 1

    def _find(self, prefix: str) -> _Node | None:
        node = self._root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        node = self._find(word)
        return node is not None and node.terminal

    def __len__(self) -> int:
        return self._size

    def _walk(self, node: _Node, prefix: str) -> Iterator[str]:
        if node.terminal:
            yield prefix
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def __iter__(self) -> Iterator[str]:
        return self._walk(self._root, "")

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        node = self._find(prefix)
        if node is None:
            return []
        results = []
        for word in self._walk(node, prefix):
            results.append(word)
            if len(results) >= limit:
                break
        return results


if __name__ == "__main__":
    t = Trie(["car", "card", "care", "cart", "cat", "dog", "door"])
    print(len(t), "cart" in t, "ca" in t)
    print(t.complete("car"), list(t)[:3])
