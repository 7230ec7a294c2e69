# ordinary: shortest paths in a weighted graph with Dijkstra's algorithm
import heapq
from collections import defaultdict


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self._edges = defaultdict(dict)

    def add_edge(self, a, b, weight):
        if weight < 0:
            raise ValueError("Dijkstra needs non-negative weights")
        self._edges[a][b] = weight
        if not self.directed:
            self._edges[b][a] = weight
        else:
            self._edges.setdefault(b, {})

    def shortest_paths(self, source):
        dist = {source: 0}
        previous = {}
        heap = [(0, source)]
        visited = set()
        while heap:
            d, node = heapq.heappop(heap)
            if node in visited:
                continue
            visited.add(node)
            for neighbour, weight in self._edges[node].items():
                candidate = d + weight
                if candidate < dist.get(neighbour, float("inf")):
                    dist[neighbour] = candidate
                    previous[neighbour] = node
                    heapq.heappush(heap, (candidate, neighbour))
        return dist, previous

    def path(self, source, target):
        dist, previous = self.shortest_paths(source)
        if target not in dist:
            return None, float("inf")
        route = [target]
        while route[-1] != source:
            route.append(previous[route[-1]])
        return route[::-1], dist[target]


if __name__ == "__main__":
    g = Graph()
    for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 1), ("B", "D", 5), ("C", "D", 8), ("C", "E", 10),
                    ("D", "E", 2), ("D", "F", 6), ("E", "F", 2)]:
        g.add_edge(a, b, w)
    route, cost = g.path("A", "F")
    print(" -> ".join(route), cost)
    print(sorted(g.shortest_paths("A")[0].items()))
    g.add_edge("X", "Y", 1)
    print(g.path("A", "X"))
