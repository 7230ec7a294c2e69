# ordinary: tic-tac-toe board evaluation and move parsing using match statements
from __future__ import annotations

from enum import Enum

LINES = [
    (0, 1, 2), (3, 4, 5), (6, 7, 8),
    (0, 3, 6), (1, 4, 7), (2, 5, 8),
    (0, 4, 8), (2, 4, 6),
]


class Outcome(Enum):
    X_WINS = "X wins"
    O_WINS = "O wins"
    DRAW = "draw"
    ONGOING = "in progress"


def winner(board: str) -> Outcome:
    for a, b, c in LINES:
        match board[a], board[b], board[c]:
            case ("X", "X", "X"):
                return Outcome.X_WINS
            case ("O", "O", "O"):
                return Outcome.O_WINS
            case _:
                pass
    return Outcome.DRAW if "." not in board else Outcome.ONGOING


def parse_move(command: str) -> int:
    match command.lower().split():
        case ["center"] | ["middle"]:
            return 4
        case [("top" | "bottom") as row, ("left" | "right") as col]:
            return {"top": 0, "bottom": 6}[row] + {"left": 0, "right": 2}[col]
        case [row, col] if row.isdigit() and col.isdigit():
            r, c = int(row), int(col)
            if not (0 <= r < 3 and 0 <= c < 3):
                raise ValueError(f"out of range: {command!r}")
            return r * 3 + c
        case _:
            raise ValueError(f"cannot understand move {command!r}")


def play(moves: list[str]) -> tuple[str, Outcome]:
    board = ["."] * 9
    for turn, move in enumerate(moves):
        idx = parse_move(move)
        if board[idx] != ".":
            raise ValueError(f"square {idx} is taken")
        board[idx] = "XO"[turn % 2]
        if (result := winner("".join(board))) is not Outcome.ONGOING:
            return "".join(board), result
    return "".join(board), winner("".join(board))


if __name__ == "__main__":
    final, outcome = play(["center", "top left", "0 1", "bottom right", "2 1"])
    print("\n".join(final[i:i + 3] for i in range(0, 9, 3)))
    print(outcome.value)
