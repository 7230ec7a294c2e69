# family: ordinary, blind round 59 (sudoku board validator and backtracking solver)
from typing import List, Optional

Grid = List[List[int]]


def parse(puzzle: str) -> Grid:
    digits = [int(c) if c.isdigit() else 0 for c in puzzle if c.isdigit() or c == "."]
    if len(digits) != 81:
        raise ValueError(f"expected 81 cells, got {len(digits)}")
    return [digits[r * 9:(r + 1) * 9] for r in range(9)]


def candidates(grid: Grid, r: int, c: int) -> set:
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return set(range(1, 10)) - used


def is_valid(grid: Grid) -> bool:
    units = [row for row in grid]
    units += [[grid[r][c] for r in range(9)] for c in range(9)]
    units += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
              for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(len([v for v in u if v]) == len({v for v in u if v}) for u in units)


def solve(grid: Grid) -> Optional[Grid]:
    empties = [(r, c) for r in range(9) for c in range(9) if grid[r][c] == 0]
    if not empties:
        return grid
    r, c = min(empties, key=lambda rc: len(candidates(grid, *rc)))
    for value in sorted(candidates(grid, r, c)):
        grid[r][c] = value
        if solve(grid):
            return grid
    grid[r][c] = 0
    return None


if __name__ == "__main__":
    puzzle = ("53..7...." "6..195..." ".98....6." "8...6...3" "4..8.3..1"
              "7...2...6" ".6....28." "...419..5" "....8..79")
    grid = parse(puzzle)
    print("valid start:", is_valid(grid))
    solved = solve(grid)
    for row in solved or []:
        print(" ".join(map(str, row)))
    print("valid solution:", solved is not None and is_valid(solved))
