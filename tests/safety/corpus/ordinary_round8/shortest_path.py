"""Dijkstra shortest paths on a weighted, directed road network."""
import heapq
from collections import defaultdict
from math import inf

Graph = dict[str, dict[str, float]]


def build_graph(edges: list[tuple[str, str, float]], bidirectional: bool = True) -> Graph:
    g: Graph = defaultdict(dict)
    for a, b, w in edges:
        if w < 0:
            raise ValueError(f"negative weight on {a}->{b}")
        g[a][b] = min(w, g[a].get(b, inf))
        if bidirectional:
            g[b][a] = min(w, g[b].get(a, inf))
    return g


def dijkstra(graph: Graph, source: str) -> tuple[dict[str, float], dict[str, str]]:
    dist = {source: 0.0}
    prev: dict[str, str] = {}
    heap = [(0.0, source)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nbr, w in graph.get(node, {}).items():
            nd = d + w
            if nd < dist.get(nbr, inf):
                dist[nbr] = nd
                prev[nbr] = node
                heapq.heappush(heap, (nd, nbr))
    return dist, prev


def shortest_path(edges: list[tuple[str, str, float]], start: str, goal: str, bidirectional: bool = True) -> dict:
    graph = build_graph(edges, bidirectional)
    dist, prev = dijkstra(graph, start)
    if goal not in dist:
        return {"reachable": False, "start": start, "goal": goal}
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    path.reverse()
    legs = [f"{a}->{b} ({graph[a][b]:g})" for a, b in zip(path, path[1:])]
    return {"reachable": True, "distance": dist[goal], "path": path, "legs": legs,
            "all_distances": dict(sorted(dist.items(), key=lambda kv: kv[1]))}


if __name__ == "__main__":
    roads = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
    print(shortest_path(roads, "A", "F"))
    print(shortest_path(roads, "F", "A", bidirectional=False))
