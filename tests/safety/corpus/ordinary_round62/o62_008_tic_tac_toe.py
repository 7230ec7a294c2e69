# family: ordinary, blind round 62 (tic tac toe with simple minimax and memo)
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
_memo = {}


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


def minimax(board, player):
    key = (board, player)
    if key in _memo:
        return _memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif " " not in board:
        result = (0, None)
    else:
        nxt = "O" if player == "X" else "X"
        options = []
        for i, cell in enumerate(board):
            if cell == " ":
                s, _ = minimax(board[:i] + player + board[i + 1:], nxt)
                options.append((s, i))
        pick = max if player == "X" else min
        result = pick(options, key=lambda t: (t[0], -t[1]))
    _memo[key] = result
    return result


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n--+---+--\n".join(rows))


if __name__ == "__main__":
    board, player = " " * 9, "X"
    while True:
        w = winner(board)
        if w or " " not in board:
            break
        _, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    show(board)
    print("result:", winner(board) or "draw", "| memo size:", len(_memo))
