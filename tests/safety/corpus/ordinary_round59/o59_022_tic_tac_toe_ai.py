# family: ordinary, blind round 59 (tic-tac-toe minimax best move)
from functools import lru_cache
from typing import Optional, Tuple

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board: str) -> Optional[str]:
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board: str, player: str) -> Tuple[int, int]:
    """Return (score, move) from X's perspective: +1 X wins, -1 O wins, 0 draw."""
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), -1
    moves = [i for i, c in enumerate(board) if c == "."]
    if not moves:
        return 0, -1
    best = None
    for m in moves:
        nxt = board[:m] + player + board[m + 1:]
        score, _ = minimax(nxt, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, m)
    return best


def best_move(board: str) -> int:
    """Entry point: board is a 9-char string of X, O and '.'; returns the best index."""
    if len(board) != 9 or set(board) - set("XO."):
        raise ValueError("board must be 9 characters of X, O, .")
    player = "X" if board.count("X") == board.count("O") else "O"
    return minimax(board, player)[1]


def show(board: str) -> str:
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


if __name__ == "__main__":
    board = "........."
    while winner(board) is None and "." in board:
        player = "X" if board.count("X") == board.count("O") else "O"
        move = best_move(board)
        board = board[:move] + player + board[move + 1:]
    print(show(board))
    print("result:", winner(board) or "draw")
    print("best reply for X in 'XX.OO....':", best_move("XX.OO...."))
    print(minimax.cache_info())
