"""Shortest paths on a weighted graph (Dijkstra) with path reconstruction."""
import heapq
from collections import defaultdict


def build_graph(edges: list[tuple[str, str, float]], directed: bool = False):
    graph = defaultdict(dict)
    for a, b, w in edges:
        if w < 0:
            raise ValueError("Dijkstra requires non-negative weights")
        graph[a][b] = min(w, graph[a].get(b, float("inf")))
        if not directed:
            graph[b][a] = min(w, graph[b].get(a, float("inf")))
    return graph


def shortest_path(graph, start: str, goal: str) -> tuple[float, list[str]]:
    dist = {start: 0.0}
    prev = {}
    heap = [(0.0, start)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        if node == goal:
            break
        for nxt, w in graph.get(node, {}).items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    if goal not in dist:
        return float("inf"), []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1]


if __name__ == "__main__":
    roads = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
             ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("X", "Y", 1)]
    g = build_graph(roads)
    print(shortest_path(g, "A", "E"))
    print(shortest_path(g, "A", "Y"))
