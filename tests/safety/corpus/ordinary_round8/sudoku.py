"""Validate and solve 9x9 sudoku puzzles by backtracking."""
from typing import Optional

Grid = list[list[int]]


def parse(puzzle: str) -> Grid:
    digits = [0 if ch in ".0" else int(ch) for ch in puzzle if ch.isdigit() or ch == "."]
    if len(digits) != 81:
        raise ValueError(f"expected 81 cells, got {len(digits)}")
    return [digits[r * 9:(r + 1) * 9] for r in range(9)]


def candidates(grid: Grid, r: int, c: int) -> set[int]:
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return set(range(1, 10)) - used


def is_valid(grid: Grid) -> bool:
    units = [row for row in grid] + [[grid[r][c] for r in range(9)] for c in range(9)]
    units += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
              for br in (0, 3, 6) for bc in (0, 3, 6)]
    for unit in units:
        filled = [v for v in unit if v]
        if len(filled) != len(set(filled)):
            return False
    return True


def solve(grid: Grid) -> Optional[Grid]:
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                opts = candidates(grid, r, c)
                if best is None or len(opts) < len(best[2]):
                    best = (r, c, opts)
    if best is None:
        return grid
    r, c, opts = best
    for v in sorted(opts):
        grid[r][c] = v
        if solve(grid):
            return grid
    grid[r][c] = 0
    return None


def sudoku(puzzle: str) -> dict:
    grid = parse(puzzle)
    if not is_valid(grid):
        return {"valid": False, "solved": False}
    givens = sum(1 for row in grid for v in row if v)
    solution = solve([row[:] for row in grid])
    return {"valid": True, "givens": givens, "solved": solution is not None,
            "solution": ["".join(map(str, row)) for row in solution] if solution else None}


if __name__ == "__main__":
    p = ("53..7...." "6..195..." ".98....6." "8...6...3" "4..8.3..1" "7...2...6" ".6....28." "...419..5" "....8..79")
    print(sudoku(p))
