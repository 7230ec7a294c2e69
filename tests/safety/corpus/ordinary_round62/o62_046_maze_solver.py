# family: ordinary, blind round 62 (grid maze solver with BFS and path drawing)
from collections import deque

MAZE = """\
S.#.......
.##.####..
....#..#.#
##.##.##..
...#...#.#
.#...#...E"""
MOVES = {"up": (-1, 0), "down": (1, 0), "left": (0, -1), "right": (0, 1)}


class Maze:
    def __init__(self, text):
        self.grid = [list(row) for row in text.splitlines()]
        self.h, self.w = len(self.grid), len(self.grid[0])
        self.start = self.find("S")
        self.end = self.find("E")

    def find(self, ch):
        for r, row in enumerate(self.grid):
            if ch in row:
                return r, row.index(ch)
        raise ValueError(f"no {ch!r} in maze")

    def __contains__(self, pos):
        r, c = pos
        return 0 <= r < self.h and 0 <= c < self.w and self.grid[r][c] != "#"

    def neighbors(self, pos):
        for dr, dc in MOVES.values():
            nxt = (pos[0] + dr, pos[1] + dc)
            if nxt in self:
                yield nxt

    def solve(self):
        prev = {self.start: None}
        queue = deque([self.start])
        while queue:
            cur = queue.popleft()
            if cur == self.end:
                break
            for n in self.neighbors(cur):
                if n not in prev:
                    prev[n] = cur
                    queue.append(n)
        else:
            return None
        path, node = [], self.end
        while node is not None:
            path.append(node)
            node = prev[node]
        return path[::-1]

    def draw(self, path):
        g = [row[:] for row in self.grid]
        for r, c in path[1:-1]:
            g[r][c] = "*"
        return "\n".join("".join(row) for row in g)


if __name__ == "__main__":
    m = Maze(MAZE)
    path = m.solve()
    print(m.draw(path))
    print("steps:", len(path) - 1)
    blocked = Maze(MAZE.replace("..E", "#.E").replace("...#.#", "...###"))
    print("blocked maze solvable?", blocked.solve() is not None)
