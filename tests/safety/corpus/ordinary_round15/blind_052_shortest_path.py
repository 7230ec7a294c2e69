"""Weighted graph with Dijkstra shortest paths and BFS hop counts."""
import heapq
from collections import defaultdict, deque


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, a, b, w=1.0):
        if w < 0:
            raise ValueError("negative weights not supported")
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w
        else:
            self.adj.setdefault(b, {})

    @classmethod
    def from_edges(cls, edges, directed=False):
        g = cls(directed)
        for e in edges:
            g.add_edge(*e)
        return g

    def dijkstra(self, src):
        dist, prev = {src: 0.0}, {}
        pq = [(0.0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v], prev[v] = nd, u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        node, path = dst, [dst]
        while node != src:
            node = prev[node]
            path.append(node)
        return path[::-1], dist[dst]

    def hops(self, src):
        seen, q = {src: 0}, deque([src])
        while q:
            u = q.popleft()
            for v in self.adj[u]:
                if v not in seen:
                    seen[v] = seen[u] + 1
                    q.append(v)
        return seen


def route(edges: list, start: str, end: str) -> dict:
    g = Graph.from_edges(edges)
    path, cost = g.path(start, end)
    return {"path": path, "cost": cost, "hops_from_start": g.hops(start)}


if __name__ == "__main__":
    print(route([("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8), ("E", "F", 1)], "A", "D"))
    print(route([("A", "B", 1), ("E", "F", 1)], "A", "F"))
