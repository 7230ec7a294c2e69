# family: ordinary, blind round 53 (attrgetter itemgetter methodcaller sorting)
from operator import attrgetter, itemgetter, methodcaller
from dataclasses import dataclass
from itertools import groupby


@dataclass
class Player:
    handle: str
    team: str
    score: int
    games: int

    @property
    def avg(self) -> float:
        return self.score / self.games if self.games else 0.0


players = [
    Player("zeta", "red", 940, 10),
    Player("Alpha", "blue", 1210, 14),
    Player("mike", "red", 1210, 11),
    Player("Bravo", "green", 400, 3),
    Player("echo", "blue", 880, 8),
    Player("delta", "green", 1005, 12),
]

raw_rows = [("2024-03", "api", 17), ("2024-01", "web", 40), ("2024-03", "web", 22), ("2024-01", "api", 9)]

if __name__ == "__main__":
    # multi-key: score desc, then handle asc -- sort twice thanks to stability
    board = sorted(players, key=attrgetter("handle"))
    board.sort(key=attrgetter("score"), reverse=True)
    for rank, p in enumerate(board, 1):
        print(f"{rank}. {p.handle:<6} {p.team:<6} {p.score:>5} avg={p.avg:6.1f}")

    by_team = sorted(players, key=attrgetter("team", "score"))
    for team, members in groupby(by_team, key=attrgetter("team")):
        print(team, "->", [m.handle for m in members])

    print("case-insensitive:", [p.handle for p in sorted(players, key=lambda p: methodcaller("casefold")(p.handle))])
    print("best average:", max(players, key=attrgetter("avg")).handle)

    print(sorted(raw_rows, key=itemgetter(0, 1)))
    get_month_count = itemgetter(0, 2)
    print("month/count pairs:", list(map(get_month_count, raw_rows)))
    names = list(map(methodcaller("upper"), map(attrgetter("handle"), players)))
    print("upper:", names)
    print("padded:", list(map(methodcaller("rjust", 6, "."), ["a", "bb", "ccc"])))
