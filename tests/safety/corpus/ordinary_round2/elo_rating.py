# ordinary: Elo rating updates for a series of match results and a sorted leaderboard
from collections import defaultdict
from typing import Dict, Iterable, Literal, Tuple

Result = Literal["win", "loss", "draw"]
SCORE = {"win": 1.0, "draw": 0.5, "loss": 0.0}


def expected_score(rating_a: float, rating_b: float) -> float:
    return 1 / (1 + 10 ** ((rating_b - rating_a) / 400))


def k_factor(games_played: int, rating: float) -> int:
    if games_played < 30:
        return 40
    return 10 if rating >= 2400 else 20


def play_all(matches: Iterable[Tuple[str, str, Result]], start: float = 1500.0) -> Dict[str, float]:
    ratings: Dict[str, float] = defaultdict(lambda: start)
    games: Dict[str, int] = defaultdict(int)
    for a, b, result in matches:
        ea = expected_score(ratings[a], ratings[b])
        sa = SCORE[result]
        ka, kb = k_factor(games[a], ratings[a]), k_factor(games[b], ratings[b])
        ratings[a] += ka * (sa - ea)
        ratings[b] += kb * ((1 - sa) - (1 - ea))
        games[a] += 1
        games[b] += 1
    return dict(ratings)


def leaderboard(ratings: Dict[str, float]) -> str:
    ordered = sorted(ratings.items(), key=lambda kv: (-kv[1], kv[0]))
    return "\n".join(f"{i:>2}. {name:<8} {rating:7.1f}" for i, (name, rating) in enumerate(ordered, 1))


if __name__ == "__main__":
    season = [
        ("alice", "bob", "win"), ("carol", "dave", "draw"), ("alice", "carol", "loss"),
        ("bob", "dave", "win"), ("alice", "dave", "win"), ("bob", "carol", "loss"),
    ]
    final = play_all(season)
    print(leaderboard(final))
    print(f"P(alice beats carol) = {expected_score(final['alice'], final['carol']):.1%}")
