# family: ordinary, blind round 48 (trie autocomplete)
class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0      # how many times this exact word was inserted
        self.terminal = False


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self._size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if not node.terminal:
            self._size += 1
        node.terminal = True
        node.count += 1

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

    def __len__(self):
        return self._size

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        if node is None:
            return []
        found = []
        stack = [(node, prefix)]
        while stack:
            cur, path = stack.pop()
            if cur.terminal:
                found.append((path, cur.count))
            for ch, child in cur.children.items():
                stack.append((child, path + ch))
        found.sort(key=lambda item: (-item[1], item[0]))
        return [w for w, _ in found[:limit]]


if __name__ == "__main__":
    history = ("car cart carbon care careful cat cattle car car cart dog door dorm "
               "care careful careful").split()
    t = Trie(history)
    print("unique words:", len(t))
    print("car* ->", t.complete("car"))
    print("do*  ->", t.complete("do"))
    print("'cat' in trie:", "cat" in t, "| 'ca' in trie:", "ca" in t)
    print("zz*  ->", t.complete("zz"))
