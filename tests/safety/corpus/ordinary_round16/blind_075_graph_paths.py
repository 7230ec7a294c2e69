"""Shortest paths on a weighted graph given as edge text (Dijkstra + BFS)."""
import heapq
from collections import defaultdict, deque


def parse_edges(text: str, directed: bool = False) -> dict[str, dict[str, float]]:
    graph: dict[str, dict[str, float]] = defaultdict(dict)
    for line in text.strip().splitlines():
        a, b, *w = line.replace("->", " ").replace(",", " ").split()
        weight = float(w[0]) if w else 1.0
        graph[a][b] = weight
        if not directed:
            graph[b][a] = weight
        graph.setdefault(b, {})
    return dict(graph)


def dijkstra(graph, start: str, goal: str) -> tuple[float, list[str]]:
    if start not in graph or goal not in graph:
        raise KeyError("unknown node")
    dist = {start: 0.0}
    prev: dict[str, str] = {}
    heap = [(0.0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == goal:
            break
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heapq.heappush(heap, (nd, nxt))
    if goal not in dist:
        return float("inf"), []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1]


def hops(graph, start: str) -> dict[str, int]:
    seen = {start: 0}
    q = deque([start])
    while q:
        n = q.popleft()
        for m in graph[n]:
            if m not in seen:
                seen[m] = seen[n] + 1
                q.append(m)
    return seen


if __name__ == "__main__":
    edges = """A B 4
A C 2
C B 1
B D 5
C D 8
D E 3
F G 1"""
    g = parse_edges(edges)
    print(dijkstra(g, "A", "E"), dijkstra(g, "A", "G"))
    print(hops(g, "A"))
