# family: ordinary, blind round 59 (shortest path over a weighted graph)
import heapq
from collections import defaultdict
from typing import Dict, List, Tuple, Optional


class Graph:
    def __init__(self) -> None:
        self.edges: Dict[str, List[Tuple[str, float]]] = defaultdict(list)

    def add_edge(self, a: str, b: str, weight: float, bidirectional: bool = True) -> None:
        if weight < 0:
            raise ValueError("Dijkstra requires non-negative weights")
        self.edges[a].append((b, weight))
        if bidirectional:
            self.edges[b].append((a, weight))

    def shortest_path(self, start: str, goal: str) -> Optional[Tuple[float, List[str]]]:
        dist = {start: 0.0}
        prev: Dict[str, str] = {}
        heap = [(0.0, start)]
        visited = set()
        while heap:
            d, node = heapq.heappop(heap)
            if node in visited:
                continue
            visited.add(node)
            if node == goal:
                break
            for nbr, w in self.edges.get(node, []):
                nd = d + w
                if nd < dist.get(nbr, float("inf")):
                    dist[nbr] = nd
                    prev[nbr] = node
                    heapq.heappush(heap, (nd, nbr))
        if goal not in dist:
            return None
        path = [goal]
        while path[-1] != start:
            path.append(prev[path[-1]])
        return dist[goal], path[::-1]


def route(edges: List[Tuple[str, str, float]], start: str, goal: str) -> str:
    g = Graph()
    for a, b, w in edges:
        g.add_edge(a, b, w)
    result = g.shortest_path(start, goal)
    if result is None:
        return f"no route from {start} to {goal}"
    cost, path = result
    return f"{' -> '.join(path)} (cost {cost:g})"


if __name__ == "__main__":
    roads = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
             ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]
    print(route(roads, "A", "D"))
    print(route(roads, "A", "F"))
    print(route(roads, "A", "Y"))
