# family: ordinary, blind round 50 (union-find)
from typing import Generic, Hashable, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSet(Generic[T]):
    """Union-find with path compression and union by size."""

    def __init__(self) -> None:
        self._parent: dict[T, T] = {}
        self._size: dict[T, int] = {}

    def add(self, x: T) -> None:
        if x not in self._parent:
            self._parent[x] = x
            self._size[x] = 1

    def find(self, x: T) -> T:
        self.add(x)
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:  # path compression
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a: T, b: T) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        return True

    def connected(self, a: T, b: T) -> bool:
        return self.find(a) == self.find(b)

    def groups(self) -> list[list[T]]:
        out: dict[T, list[T]] = {}
        for x in self._parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted((sorted(g) for g in out.values()), key=len, reverse=True)


def kruskal(nodes: list[str], edges: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    ds: DisjointSet[str] = DisjointSet()
    for n in nodes:
        ds.add(n)
    return [e for e in sorted(edges) if ds.union(e[1], e[2])]


if __name__ == "__main__":
    ds: DisjointSet[str] = DisjointSet()
    for a, b in [("alice", "bob"), ("carol", "dave"), ("bob", "erin"), ("frank", "frank"), ("dave", "gina")]:
        ds.union(a, b)
    print("friend groups:", ds.groups())
    print("alice~erin:", ds.connected("alice", "erin"), "| alice~gina:", ds.connected("alice", "gina"))
    mst = kruskal(list("ABCDE"), [(4, "A", "B"), (1, "A", "C"), (3, "B", "C"), (2, "C", "D"), (7, "D", "E"), (5, "B", "E")])
    print("MST:", mst, "| weight:", sum(w for w, *_ in mst))
