# ordinary: prefix tree for autocomplete with breadth-first suggestions
from collections import deque


class TrieNode:
    __slots__ = ("_children", "_terminal", "_count")

    def __init__(self):
        self._children = {}
        self._terminal = False
        self._count = 0


class Trie:
    def __init__(self, words=()):
        self._root = TrieNode()
        self._size = 0
        for word in words:
            self.insert(word)

    def insert(self, word):
        node = self._root
        for ch in word.lower():
            node = node._children.setdefault(ch, TrieNode())
            node._count += 1
        if not node._terminal:
            node._terminal = True
            self._size += 1

    def _find(self, prefix):
        node = self._root
        for ch in prefix.lower():
            node = node._children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node._terminal

    def __len__(self):
        return self._size

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else node._count

    def suggest(self, prefix, limit=5):
        """Shortest completions first (breadth-first), alphabetical within a length."""
        start = self._find(prefix)
        if start is None:
            return []
        found = []
        queue = deque([(start, prefix.lower())])
        while queue and len(found) < limit:
            node, text = queue.popleft()
            if node._terminal:
                found.append(text)
            for ch in sorted(node._children):
                queue.append((node._children[ch], text + ch))
        return found


if __name__ == "__main__":
    trie = Trie(["car", "card", "care", "careful", "cart", "cat", "dog", "do"])
    print(len(trie), "care" in trie, "ca" in trie, trie.count_prefix("car"))
    print(trie.suggest("ca"), trie.suggest("car", limit=3), trie.suggest("x"))
