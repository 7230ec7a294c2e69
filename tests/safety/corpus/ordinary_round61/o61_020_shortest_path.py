# family: ordinary, blind round 61 (Dijkstra shortest path)
import heapq
from collections import defaultdict
from typing import NamedTuple


class Edge(NamedTuple):
    source: str
    target: str
    weight: float


class NoPathError(LookupError):
    pass


def _build_graph(edges: list[Edge], directed: bool) -> dict[str, list[tuple[str, float]]]:
    graph: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for e in edges:
        if e.weight < 0:
            raise ValueError(f"negative weight on {e.source}->{e.target}")
        graph[e.source].append((e.target, e.weight))
        if not directed:
            graph[e.target].append((e.source, e.weight))
    return graph


def shortest_path(edges: list[list], start: str, goal: str, directed: bool = False) -> dict:
    """Find the cheapest path between two nodes in a weighted graph using Dijkstra.

    Args:
        edges: List of [source, target, weight] triples.
        start: Start node.
        goal: Destination node.
        directed: Treat edges as one-way.
    """
    graph = _build_graph([Edge(*e) for e in edges], directed)
    dist: dict[str, float] = {start: 0.0}
    prev: dict[str, str] = {}
    heap = [(0.0, start)]
    visited: set[str] = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        if node == goal:
            break
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heapq.heappush(heap, (nd, nxt))
    if goal not in dist:
        raise NoPathError(f"no path from {start} to {goal}")
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return {"path": path[::-1], "cost": dist[goal], "nodes_explored": len(visited)}


if __name__ == "__main__":
    roads = [["A", "B", 4], ["A", "C", 2], ["C", "B", 1], ["B", "D", 5], ["C", "D", 8], ["D", "E", 3]]
    print(shortest_path(roads, "A", "E"))
    try:
        shortest_path(roads + [["X", "Y", 1]], "A", "Y")
    except NoPathError as exc:
        print("error:", exc)
