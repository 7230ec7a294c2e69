# family: ordinary, blind round 61 (trie-based autocomplete)
from dataclasses import dataclass, field
from heapq import nlargest
from typing import Iterator


@dataclass
class TrieNode:
    children: dict[str, "TrieNode"] = field(default_factory=dict)
    weight: int = 0
    terminal: bool = False


class Trie:
    def __init__(self) -> None:
        self.root = TrieNode()
        self.size = 0

    def insert(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word.lower():
            node = node.children.setdefault(ch, TrieNode())
        if not node.terminal:
            self.size += 1
        node.terminal = True
        node.weight += weight

    def _find(self, prefix: str) -> TrieNode | None:
        node = self.root
        for ch in prefix.lower():
            if (node := node.children.get(ch)) is None:
                return None
        return node

    def _walk(self, node: TrieNode, prefix: str) -> Iterator[tuple[str, int]]:
        if node.terminal:
            yield prefix, node.weight
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix: str, limit: int) -> list[tuple[str, int]]:
        node = self._find(prefix)
        if node is None:
            return []
        return nlargest(limit, self._walk(node, prefix.lower()), key=lambda pair: pair[1])


def autocomplete(vocabulary: dict[str, int], prefixes: list[str], limit: int = 3) -> dict:
    """Suggest the most popular completions for each prefix from a weighted vocabulary."""
    trie = Trie()
    for word, weight in vocabulary.items():
        trie.insert(word, weight)
    return {
        "vocabulary_size": trie.size,
        "suggestions": {p: [w for w, _ in trie.complete(p, limit)] for p in prefixes},
    }


if __name__ == "__main__":
    searches = {"python": 90, "pytest": 40, "pydantic": 35, "pandas": 80, "pip": 60, "pyright": 15, "rust": 50}
    print(autocomplete(searches, ["py", "pa", "r", "java"]))
