"""Shortest path between towns with Dijkstra's algorithm."""

import heapq
from collections import defaultdict

Graph = dict[str, dict[str, float]]


def build_graph(edges: list[tuple[str, str, float]], directed: bool = False) -> Graph:
    graph: defaultdict[str, dict[str, float]] = defaultdict(dict)
    for a, b, w in edges:
        if w < 0:
            raise ValueError("Dijkstra needs non-negative weights")
        graph[a][b] = w
        if not directed:
            graph[b][a] = w
    return dict(graph)


def shortest_path(edges: list[tuple[str, str, float]], start: str, goal: str) -> tuple[float, list[str]]:
    graph = build_graph(edges)
    dist: dict[str, float] = {start: 0.0}
    prev: dict[str, str] = {}
    queue: list[tuple[float, str]] = [(0.0, start)]
    visited: set[str] = set()
    while queue:
        d, node = heapq.heappop(queue)
        if node in visited:
            continue
        visited.add(node)
        if node == goal:
            break
        for nbr, w in graph.get(node, {}).items():
            nd = d + w
            if nd < dist.get(nbr, float("inf")):
                dist[nbr] = nd
                prev[nbr] = node
                heapq.heappush(queue, (nd, nbr))
    if goal not in dist:
        return float("inf"), []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1]


if __name__ == "__main__":
    roads = [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)]
    print(shortest_path(roads, "A", "E"))
    print(shortest_path(roads, "A", "Z"))
