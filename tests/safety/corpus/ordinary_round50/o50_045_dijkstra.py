# family: ordinary, blind round 50 (graph shortest path, Dijkstra)
import heapq
from collections import defaultdict

ROADS = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]


def build_graph(edges, directed=False):
    g = defaultdict(dict)
    for u, v, w in edges:
        if w < 0:
            raise ValueError("Dijkstra requires non-negative weights")
        g[u][v] = w
        if not directed:
            g[v][u] = w
    return g


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def shortest_path(graph, source, target):
    dist, prev = dijkstra(graph, source)
    if target not in dist:
        return None, float("inf")
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1], dist[target]


if __name__ == "__main__":
    g = build_graph(ROADS)
    for t in ["E", "D", "F", "H"]:
        path, cost = shortest_path(g, "A", t)
        print(f"A -> {t}: {' -> '.join(path) if path else 'unreachable'} (cost {cost})")
    dist, _ = dijkstra(g, "A")
    print("all distances:", dict(sorted(dist.items())))
