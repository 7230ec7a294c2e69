def solve_n_queens(n: int, limit: int = 10) -> dict:
    """Find up to ``limit`` solutions of the n-queens puzzle by backtracking."""
    if not 1 <= n <= 12:
        raise ValueError("n must be between 1 and 12")
    solutions: list[list[int]] = []
    columns: set[int] = set()
    diagonals: set[int] = set()
    anti_diagonals: set[int] = set()
    placement: list[int] = []

    def place(row: int) -> None:
        if len(solutions) >= limit:
            return
        if row == n:
            solutions.append(list(placement))
            return
        for col in range(n):
            if col in columns or row - col in diagonals or row + col in anti_diagonals:
                continue
            columns.add(col)
            diagonals.add(row - col)
            anti_diagonals.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            columns.discard(col)
            diagonals.discard(row - col)
            anti_diagonals.discard(row + col)

    place(0)
    boards = [["".join("Q" if c == col else "." for c in range(n)) for col in sol] for sol in solutions]
    return {"count": len(solutions), "boards": boards}
