# ordinary: disjoint-set union with path compression, used to group connected items
from collections import defaultdict
from typing import Hashable, Iterable


class DisjointSet:
    def __init__(self, items: Iterable[Hashable] = ()):
        self.parent: dict = {}
        self.rank: dict = {}
        for item in items:
            self.add(item)

    def add(self, item: Hashable) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = 0

    def find(self, item: Hashable) -> Hashable:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: Hashable, b: Hashable) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self) -> list[list]:
        buckets = defaultdict(list)
        for item in self.parent:
            buckets[self.find(item)].append(item)
        return sorted((sorted(g) for g in buckets.values()), key=len, reverse=True)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.parent)} items, {len(self.groups())} groups)"


def merge_accounts(pairs: list[tuple[str, str]]) -> list[list[str]]:
    ds = DisjointSet()
    for a, b in pairs:
        ds.union(a, b)
    return ds.groups()


if __name__ == "__main__":
    links = [("alice", "bob"), ("bob", "carol"), ("dave", "erin"), ("frank", "frank")]
    print(merge_accounts(links))
    print(DisjointSet("abc"))
