# family: ordinary, blind round 50 (trie)
class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0  # words passing through this node
        self.terminal = 0  # words ending here


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.terminal += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def autocomplete(self, prefix, limit=5):
        node = self._find(prefix)
        results = []

        def walk(n, acc):
            if len(results) >= limit:
                return
            if n.terminal:
                results.append(acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)

        if node:
            walk(node, prefix)
        return results

    def longest_common_prefix(self):
        node, prefix = self.root, ""
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            prefix += ch
        return prefix


if __name__ == "__main__":
    t = Trie(["car", "card", "care", "careful", "cart", "cat", "dog", "dot", "carbon"])
    print("autocomplete('car'):", t.autocomplete("car"))
    print("prefix count 'ca':", t.count_prefix("ca"), "| 'do':", t.count_prefix("do"))
    print("'care' in trie:", "care" in t, "| 'ca' in trie:", "ca" in t)
    print("LCP of flight words:", Trie(["flower", "flow", "flight"]).longest_common_prefix())
