"""Group connected accounts by shared emails using union-find."""

from collections import defaultdict
from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSet(Generic[T]):
    def __init__(self) -> None:
        self.parent: dict[T, T] = {}
        self.rank: dict[T, int] = {}

    def find(self, item: T) -> T:
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = 0
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1

    def groups(self) -> list[set[T]]:
        out: defaultdict[T, set[T]] = defaultdict(set)
        for item in self.parent:
            out[self.find(item)].add(item)
        return list(out.values())


def merge_accounts(accounts: list[tuple[str, list[str]]]) -> list[dict[str, object]]:
    ds: DisjointSet[str] = DisjointSet()
    owner: dict[str, str] = {}
    for name, emails in accounts:
        for email in emails:
            owner.setdefault(email, name)
            ds.union(emails[0], email)
    return sorted(({"name": owner[min(g)], "emails": sorted(g)} for g in ds.groups()), key=lambda d: d["emails"][0])


if __name__ == "__main__":
    data = [("John", ["j@x.com", "john@y.com"]), ("John", ["john@y.com", "jj@z.com"]), ("Mary", ["m@x.com"])]
    for group in merge_accounts(data):
        print(group)
