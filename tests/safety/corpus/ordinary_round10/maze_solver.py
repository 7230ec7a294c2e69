"""Solve a text maze with breadth-first search."""

from collections import deque

Point = tuple[int, int]


def parse_maze(text: str) -> tuple[list[str], Point, Point]:
    grid = [line for line in text.strip("\n").splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    if start is None or end is None:
        raise ValueError("maze needs S and E")
    return grid, start, end


def neighbours(grid: list[str], p: Point):
    r, c = p
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc


def solve_maze(text: str) -> str:
    grid, start, end = parse_maze(text)
    came_from: dict[Point, Point | None] = {start: None}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if current == end:
            break
        for nxt in neighbours(grid, current):
            if nxt not in came_from:
                came_from[nxt] = current
                queue.append(nxt)
    if end not in came_from:
        return "no path"
    rows = [list(r) for r in grid]
    node = came_from[end]
    steps = 1
    while node is not None and node != start:
        rows[node[0]][node[1]] = "."
        node = came_from[node]
        steps += 1
    return f"{steps} steps\n" + "\n".join("".join(r) for r in rows)


if __name__ == "__main__":
    maze = """
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#       E#
##########"""
    print(solve_maze(maze))
