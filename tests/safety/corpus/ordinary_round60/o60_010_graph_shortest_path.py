# family: ordinary, blind round 60 (weighted graph with Dijkstra and BFS)
import heapq
from collections import defaultdict, deque
from typing import Hashable, Iterable


class NoPathError(LookupError):
    pass


class Graph:
    def __init__(self, directed: bool = False):
        self.directed = directed
        self._adj: defaultdict[Hashable, dict[Hashable, float]] = defaultdict(dict)

    @classmethod
    def from_edges(cls, edges: Iterable[tuple], directed: bool = False) -> "Graph":
        g = cls(directed)
        for u, v, w in edges:
            g.add_edge(u, v, w)
        return g

    def add_edge(self, u, v, weight: float = 1.0):
        self._adj[u][v] = weight
        if not self.directed:
            self._adj[v][u] = weight
        else:
            self._adj.setdefault(v, {})

    def bfs(self, start):
        seen, order, queue = {start}, [], deque([start])
        while queue:
            node = queue.popleft()
            order.append(node)
            for nbr in sorted(self._adj[node]):
                if nbr not in seen:
                    seen.add(nbr)
                    queue.append(nbr)
        return order

    def shortest_path(self, src, dst) -> tuple[float, list]:
        dist = {src: 0.0}
        prev = {}
        heap = [(0.0, src)]
        while heap:
            d, node = heapq.heappop(heap)
            if node == dst:
                path = [dst]
                while path[-1] != src:
                    path.append(prev[path[-1]])
                return d, path[::-1]
            if d > dist.get(node, float("inf")):
                continue
            for nbr, w in self._adj[node].items():
                nd = d + w
                if nd < dist.get(nbr, float("inf")):
                    dist[nbr], prev[nbr] = nd, node
                    heapq.heappush(heap, (nd, nbr))
        raise NoPathError(f"no path from {src!r} to {dst!r}")


if __name__ == "__main__":
    g = Graph.from_edges([
        ("A", "B", 4), ("A", "C", 2), ("B", "C", 1), ("B", "D", 5),
        ("C", "D", 8), ("C", "E", 10), ("D", "E", 2), ("X", "Y", 1),
    ])
    print("bfs from A:", g.bfs("A"))
    cost, path = g.shortest_path("A", "E")
    print(f"A->E cost={cost} path={' -> '.join(path)}")
    try:
        g.shortest_path("A", "Y")
    except NoPathError as e:
        print("error:", e)
