# ordinary: shortest paths and topological order for a small weighted graph
import heapq
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError
from typing import Any


def _dijkstra(adj: dict[str, list[tuple[str, float]]], src: str) -> tuple[dict[str, float], dict[str, str]]:
    dist, prev = {src: 0.0}, {}
    heap = [(0.0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in adj[u]:
            if (nd := d + w) < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def graph_paths(edges: list[list[Any]], source: str, target: str) -> dict[str, Any]:
    """edges: [[from, to, weight], ...]. Returns shortest path, BFS hops and a topological order."""
    adj: dict[str, list[tuple[str, float]]] = defaultdict(list)
    deps: dict[str, set[str]] = defaultdict(set)
    for u, v, *w in edges:
        adj[u].append((v, float(w[0]) if w else 1.0))
        deps[v].add(u)
    dist, prev = _dijkstra(adj, source)
    path = deque()
    node = target
    while node in prev or node == source:
        path.appendleft(node)
        if node == source:
            break
        node = prev[node]
    seen, frontier, hops = {source}, deque([(source, 0)]), {}
    while frontier:
        n, h = frontier.popleft()
        hops[n] = h
        for v, _ in adj[n]:
            if v not in seen:
                seen.add(v)
                frontier.append((v, h + 1))
    try:
        order = list(TopologicalSorter(deps).static_order())
    except CycleError as e:
        order = [f"cycle: {e.args[1]}"]
    return {"distance": dist.get(target), "path": list(path) if target in dist else [], "hops": hops, "topo": order}


if __name__ == "__main__":
    print(graph_paths([["a", "b", 1], ["b", "c", 2], ["a", "c", 5], ["c", "d"]], "a", "d"))
