import heapq
from typing import Dict, List, Tuple

Graph = Dict[str, Dict[str, float]]


def shortest_path(graph: Graph, start: str, goal: str) -> Tuple[float, List[str]]:
    """Dijkstra's algorithm; returns (distance, path). Raises KeyError for unknown nodes."""
    if start not in graph or goal not in graph:
        raise KeyError("start and goal must be nodes of the graph")
    distances = {start: 0.0}
    previous: Dict[str, str] = {}
    queue: List[Tuple[float, str]] = [(0.0, start)]
    visited = set()
    while queue:
        dist, node = heapq.heappop(queue)
        if node in visited:
            continue
        visited.add(node)
        if node == goal:
            break
        for neighbour, weight in graph[node].items():
            if weight < 0:
                raise ValueError("negative edge weight")
            candidate = dist + weight
            if candidate < distances.get(neighbour, float("inf")):
                distances[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(queue, (candidate, neighbour))
    if goal not in distances:
        return float("inf"), []
    path = [goal]
    while path[-1] != start:
        path.append(previous[path[-1]])
    return distances[goal], path[::-1]
