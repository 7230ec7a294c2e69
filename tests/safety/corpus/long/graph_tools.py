"""Small graph algorithms over adjacency lists (a longer ordinary tool for the benchmark)."""

from __future__ import annotations

import heapq
from collections import deque
from dataclasses import dataclass, field
from typing import Iterator


class GraphError(ValueError):
    pass


@dataclass
class Graph:
    directed: bool = False
    edges: dict[str, dict[str, float]] = field(default_factory=dict)

    @classmethod
    def from_edges(cls, triples: list[list], directed: bool = False) -> Graph:
        graph = cls(directed=directed)
        for item in triples:
            if len(item) == 2:
                a, b, w = item[0], item[1], 1.0
            elif len(item) == 3:
                a, b, w = item
            else:
                raise GraphError(f"edge must be [a, b] or [a, b, weight]: {item}")
            graph.add(str(a), str(b), float(w))
        return graph

    def add(self, a: str, b: str, weight: float = 1.0) -> None:
        self.edges.setdefault(a, {})[b] = weight
        self.edges.setdefault(b, {})
        if not self.directed:
            self.edges[b][a] = weight

    def nodes(self) -> list[str]:
        return sorted(self.edges)

    def neighbours(self, node: str) -> Iterator[tuple[str, float]]:
        yield from sorted(self.edges.get(node, {}).items())

    def bfs(self, start: str) -> list[str]:
        seen, order, queue = {start}, [], deque([start])
        while queue:
            node = queue.popleft()
            order.append(node)
            for nxt, _ in self.neighbours(node):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def components(self) -> list[list[str]]:
        left, out = set(self.nodes()), []
        while left:
            part = self.bfs(min(left))
            out.append(sorted(part))
            left -= set(part)
        return out

    def dijkstra(self, start: str) -> dict[str, float]:
        dist = {start: 0.0}
        heap = [(0.0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist.get(node, float("inf")):
                continue
            for nxt, w in self.neighbours(node):
                if w < 0:
                    raise GraphError("negative weights are not supported")
                if d + w < dist.get(nxt, float("inf")):
                    dist[nxt] = d + w
                    heapq.heappush(heap, (d + w, nxt))
        return dist

    def has_cycle(self) -> bool:
        colour = {n: 0 for n in self.edges}
        for root in self.nodes():
            if colour[root]:
                continue
            stack = [(root, iter(self.edges[root]), "")]
            colour[root] = 1
            while stack:
                node, it, parent = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    colour[node] = 2
                    stack.pop()
                elif colour[nxt] == 1 and (self.directed or nxt != parent):
                    return True
                elif colour[nxt] == 0:
                    colour[nxt] = 1
                    stack.append((nxt, iter(self.edges[nxt]), node))
        return False


def analyse_graph(edges: list[list], start: str, directed: bool = False) -> dict:
    """Traversal order, distances, components and cycle detection for an edge list."""
    graph = Graph.from_edges(edges, directed=directed)
    if start not in graph.edges:
        raise GraphError(f"unknown start node {start!r}")
    distances = graph.dijkstra(start)
    return {
        "nodes": graph.nodes(),
        "bfs": graph.bfs(start),
        "distances": {k: round(v, 3) for k, v in sorted(distances.items())},
        "components": graph.components(),
        "has_cycle": graph.has_cycle(),
    }
