# ordinary: breadth-first search shortest path through a text maze
from collections import deque
from typing import Optional

Point = tuple[int, int]

MAZE = """\
S.#.....
.##.###.
....#...
.##...#E
"""


def parse_maze(text: str) -> tuple[list[str], Point, Point]:
    grid = text.splitlines()
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    if start is None or end is None:
        raise ValueError("maze needs both S and E")
    return grid, start, end


def shortest_path(grid: list[str], start: Point, end: Point) -> Optional[list[Point]]:
    queue = deque([start])
    came_from: dict[Point, Optional[Point]] = {start: None}
    while queue:
        current = queue.popleft()
        if current == end:
            break
        r, c = current
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
                if (nr, nc) not in came_from:
                    came_from[(nr, nc)] = current
                    queue.append((nr, nc))
    if end not in came_from:
        return None
    path, node = [], end
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1]


def render(grid: list[str], path: list[Point]) -> str:
    cells = [list(row) for row in grid]
    for r, c in path[1:-1]:
        cells[r][c] = "*"
    return "\n".join("".join(row) for row in cells)


if __name__ == "__main__":
    g, s, e = parse_maze(MAZE)
    p = shortest_path(g, s, e)
    print(f"steps: {len(p) - 1}" if p else "no path")
    if p:
        print(render(g, p))
