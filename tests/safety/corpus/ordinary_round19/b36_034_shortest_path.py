"""Dijkstra shortest paths on a weighted directed graph."""
import heapq
from collections import defaultdict
from typing import NamedTuple

Graph = dict[str, dict[str, float]]


class Route(NamedTuple):
    distance: float
    path: list[str]


def build_graph(edges: list[tuple[str, str, float]], undirected: bool = False) -> Graph:
    graph: Graph = defaultdict(dict)
    for src, dst, weight in edges:
        if weight < 0:
            raise ValueError("Dijkstra requires non-negative weights")
        graph[src][dst] = weight
        if undirected:
            graph[dst][src] = weight
    return dict(graph)


def dijkstra(graph: Graph, source: str) -> tuple[dict[str, float], dict[str, str]]:
    """Distances from ``source`` to every reachable node plus predecessor map."""
    dist = {source: 0.0}
    prev: dict[str, str] = {}
    heap = [(0.0, source)]
    visited: set[str] = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            nd = d + weight
            if nd < dist.get(neighbour, float("inf")):
                dist[neighbour] = nd
                prev[neighbour] = node
                heapq.heappush(heap, (nd, neighbour))
    return dist, prev


def shortest_route(graph: Graph, source: str, target: str) -> Route | None:
    dist, prev = dijkstra(graph, source)
    if target not in dist:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return Route(dist[target], path[::-1])


if __name__ == "__main__":
    roads = [
        ("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5),
        ("C", "D", 8), ("C", "E", 10), ("D", "E", 2), ("E", "F", 3),
    ]
    g = build_graph(roads, undirected=True)
    print(shortest_route(g, "A", "F"))
    print(dijkstra(g, "A")[0])
    print(shortest_route(build_graph([("X", "Y", 1)]), "Y", "X"))
