"""Prefix tree with word frequencies for autocomplete suggestions."""
from typing import Iterator


class TrieNode:
    __slots__ = ("children", "count")

    def __init__(self) -> None:
        self.children: dict[str, "TrieNode"] = {}
        self.count = 0


class Trie:
    def __init__(self, words: list[str] | None = None) -> None:
        self.root = TrieNode()
        self._size = 0
        for w in words or []:
            self.insert(w)

    def insert(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word.lower():
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self._size += 1
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
        return node is not None and node.count > 0

    def __len__(self) -> int:
        return self._size

    def _walk(self, node: TrieNode, prefix: str) -> Iterator[tuple[str, int]]:
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def __iter__(self) -> Iterator[str]:
        return (w for w, _ in self._walk(self.root, ""))

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        node = self._find(prefix)
        if node is None:
            return []
        found = sorted(self._walk(node, prefix.lower()), key=lambda wc: (-wc[1], len(wc[0]), wc[0]))
        return [w for w, _ in found[:limit]]


def autocomplete(corpus: str, prefixes: list[str], limit: int = 3) -> dict:
    trie = Trie()
    for word in corpus.lower().split():
        cleaned = "".join(ch for ch in word if ch.isalpha())
        if cleaned:
            trie.insert(cleaned)
    return {"vocabulary": len(trie), "suggestions": {p: trie.complete(p, limit) for p in prefixes},
            "has_python": "python" in trie}


if __name__ == "__main__":
    text = "python programs print pretty patterns; python people prefer practical programming. print print"
    print(autocomplete(text, ["pr", "py", "pe", "z"]))
