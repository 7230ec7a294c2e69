"""Disjoint-set (union-find) for grouping connected items, e.g. duplicate accounts."""
from collections import defaultdict
from typing import Hashable, Iterable


class DisjointSet:
    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}
        self.rank: dict[Hashable, int] = {}

    def add(self, item: Hashable) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = 0

    def find(self, item: Hashable) -> Hashable:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
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

    def groups(self) -> list[list[Hashable]]:
        buckets: dict[Hashable, list[Hashable]] = defaultdict(list)
        for item in self.parent:
            buckets[self.find(item)].append(item)
        return sorted((sorted(g, key=str) for g in buckets.values()), key=lambda g: str(g[0]))


def merge_accounts(accounts: Iterable[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Merge accounts that share any email address; returns (name, emails)."""
    ds = DisjointSet()
    owner: dict[str, str] = {}
    for name, emails in accounts:
        for email in emails:
            owner[email] = name
            ds.union(emails[0], email)
    return [(owner[g[0]], g) for g in ds.groups()]


if __name__ == "__main__":
    data = [
        ("John", ["john@mail.com", "john_work@corp.com"]),
        ("John", ["john@mail.com", "j.smith@home.org"]),
        ("Mary", ["mary@mail.com"]),
        ("John", ["johnny@other.net"]),
    ]
    for name, emails in merge_accounts(data):
        print(name, emails)
