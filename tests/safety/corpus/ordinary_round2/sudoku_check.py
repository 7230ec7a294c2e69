# ordinary: validate a (partially) filled 9x9 Sudoku grid and report conflicts
from collections import Counter
from itertools import product

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse_grid(text: str) -> list[list[int]]:
    rows = [line.strip() for line in text.strip().splitlines()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("grid must be 9 lines of 9 characters")
    return [[int(ch) if ch.isdigit() else 0 for ch in row] for row in rows]


def _duplicates(values) -> set[int]:
    counts = Counter(v for v in values if v)
    return {v for v, n in counts.items() if n > 1}


def conflicts(grid: list[list[int]]) -> list[str]:
    problems = []
    for i in range(9):
        if dup := _duplicates(grid[i]):
            problems.append(f"row {i + 1}: repeated {sorted(dup)}")
        if dup := _duplicates(grid[r][i] for r in range(9)):
            problems.append(f"column {i + 1}: repeated {sorted(dup)}")
    for br, bc in product(range(0, 9, 3), repeat=2):
        box = [grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
        if dup := _duplicates(box):
            problems.append(f"box at ({br + 1},{bc + 1}): repeated {sorted(dup)}")
    return problems


def is_solved(grid: list[list[int]]) -> bool:
    return all(all(row) for row in grid) and not conflicts(grid)


if __name__ == "__main__":
    g = parse_grid(PUZZLE)
    print("conflicts:", conflicts(g) or "none")
    g[0][2] = 5
    print("after bad move:", conflicts(g))
    print("solved:", is_solved(g))
