# ordinary: A* pathfinding on a weighted grid using heapq and a Manhattan heuristic
import heapq
from itertools import count
from typing import Dict, List, Optional, Tuple

Cell = Tuple[int, int]


def manhattan(a: Cell, b: Cell) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def neighbors(cell: Cell, costs: List[List[int]]):
    r, c = cell
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < len(costs) and 0 <= nc < len(costs[0]) and costs[nr][nc] > 0:
            yield (nr, nc), costs[nr][nc]


def a_star(costs: List[List[int]], start: Cell, goal: Cell) -> Optional[Tuple[int, List[Cell]]]:
    tie = count()
    open_heap = [(manhattan(start, goal), next(tie), 0, start)]
    g_score: Dict[Cell, int] = {start: 0}
    parent: Dict[Cell, Cell] = {}
    closed = set()
    while open_heap:
        _, _, g, cell = heapq.heappop(open_heap)
        if cell in closed:
            continue
        if cell == goal:
            path = [cell]
            while cell in parent:
                cell = parent[cell]
                path.append(cell)
            return g, path[::-1]
        closed.add(cell)
        for nxt, step in neighbors(cell, costs):
            tentative = g + step
            if tentative < g_score.get(nxt, float("inf")):
                g_score[nxt] = tentative
                parent[nxt] = cell
                heapq.heappush(open_heap, (tentative + manhattan(nxt, goal), next(tie), tentative, nxt))
    return None


if __name__ == "__main__":
    terrain = [
        [1, 1, 1, 1, 1],
        [1, 0, 0, 5, 1],
        [1, 1, 1, 9, 1],
        [0, 0, 1, 1, 1],
    ]
    result = a_star(terrain, (0, 0), (3, 4))
    if result:
        cost, route = result
        print(f"cost={cost} route={' -> '.join(map(str, route))}")
