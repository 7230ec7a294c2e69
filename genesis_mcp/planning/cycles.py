"""Finding cycles to name them: strongly connected components (iterative Tarjan) and a shortest cycle."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

__all__ = ["shortest_cycle", "strongly_connected"]

Adjacency = Sequence[Sequence[tuple[int, bool]]]  # node -> [(successor, is_hierarchy_edge)]


def strongly_connected(succ: Adjacency, nodes: set[int]) -> list[set[int]]:
    """The components of the subgraph on ``nodes`` that contain a cycle (size > 1 or a self-edge)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    out: list[set[int]] = []
    counter = 0
    for root in sorted(nodes):
        if root in index:
            continue
        work: list[tuple[int, int]] = [(root, 0)]
        while work:
            v, k = work.pop()
            if k == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack.add(v)
            edges = succ[v]
            while k < len(edges) and edges[k][0] not in nodes:
                k += 1
            if k < len(edges):
                w = edges[k][0]
                work.append((v, k + 1))
                if w not in index:
                    work.append((w, 0))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            if low[v] == index[v]:
                component: set[int] = set()
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.add(w)
                    if w == v:
                        break
                if len(component) > 1 or any(w == v for w, _ in succ[v]):
                    out.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
    return out


def shortest_cycle(succ: Adjacency, component: set[int]) -> tuple[list[int], bool]:
    """A shortest cycle through the smallest node of ``component``, as nodes in edge order, and whether
    it uses a hierarchy edge. Breadth-first, so linear in the size of the component."""
    start = min(component)
    came_from: dict[int, tuple[int, bool]] = {}
    queue = deque([start])
    seen = {start}
    while queue:
        u = queue.popleft()
        for v, hier in succ[u]:
            if v not in component:
                continue
            if v == start:
                path, hops = [u], hier
                while path[-1] != start:
                    prev, h = came_from[path[-1]]
                    path.append(prev)
                    hops = hops or h
                return [*reversed(path)], hops
            if v not in seen:
                seen.add(v)
                came_from[v] = (u, hier)
                queue.append(v)
    raise AssertionError("a strongly connected component always has a cycle")  # pragma: no cover
