"""Dijkstra shortest paths over a weighted graph given as an edge list."""
from __future__ import annotations

import heapq
from collections import defaultdict
from typing import Hashable, Iterable

Edge = tuple[Hashable, Hashable, float]


def build_graph(edges: Iterable[Edge], directed: bool = False) -> dict[Hashable, list[tuple[Hashable, float]]]:
    graph: dict[Hashable, list[tuple[Hashable, float]]] = defaultdict(list)
    for src, dst, weight in edges:
        if weight < 0:
            raise ValueError(f"negative weight on {src}->{dst}")
        graph[src].append((dst, weight))
        if not directed:
            graph[dst].append((src, weight))
    return graph


def dijkstra(edges: Iterable[Edge], start: Hashable, directed: bool = False):
    graph = build_graph(edges, directed)
    dist = {start: 0.0}
    prev: dict[Hashable, Hashable] = {}
    heap = [(0.0, 0, start)]
    counter = 1  # tie-breaker so nodes never need to be comparable
    visited = set()
    while heap:
        d, _, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for neighbour, weight in graph[node]:
            nd = d + weight
            if nd < dist.get(neighbour, float("inf")):
                dist[neighbour], prev[neighbour] = nd, node
                heapq.heappush(heap, (nd, counter, neighbour))
                counter += 1
    return dist, prev


def shortest_path(edges: list[Edge], start: Hashable, goal: Hashable) -> tuple[float, list[Hashable]]:
    dist, prev = dijkstra(edges, start)
    if goal not in dist:
        return float("inf"), []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1]


if __name__ == "__main__":
    roads = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
             ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]
    print(shortest_path(roads, "A", "F"))
    print(shortest_path(roads, "A", "Y"))
    print({k: v for k, v in sorted(dijkstra(roads, "A")[0].items())})
