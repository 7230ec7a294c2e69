# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Game leaderboard using total_ordering and heapq top-k."""
import heapq
from dataclasses import dataclass, field
from datetime import datetime
from functools import total_ordering
from operator import attrgetter


@total_ordering
@dataclass(eq=False)
class Score:
    player: str
    points: int
    achieved: datetime = field(default_factory=lambda: datetime(2024, 1, 1))

    def _key(self) -> tuple[int, float]:
        # more points first, earlier timestamp wins ties
        return (self.points, -self.achieved.timestamp())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Score):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: "Score") -> bool:
        return self._key() < other._key()


@dataclass
class Leaderboard:
    best: dict[str, Score] = field(default_factory=dict)

    def submit(self, player: str, points: int, when: datetime) -> bool:
        if points < 0:
            raise ValueError("points cannot be negative")
        new = Score(player, points, when)
        current = self.best.get(player)
        if current is None or new > current:
            self.best[player] = new
            return True
        return False

    def top(self, k: int = 3) -> list[Score]:
        return heapq.nlargest(k, self.best.values())

    def rank_of(self, player: str) -> int:
        ordered = sorted(self.best.values(), reverse=True)
        return [s.player for s in ordered].index(player) + 1

    def alphabetical(self) -> list[Score]:
        return sorted(self.best.values(), key=attrgetter("player"))


if __name__ == "__main__":
    lb = Leaderboard()
    t = lambda h: datetime(2024, 5, 1, h)
    for player, pts, hour in [("zed", 500, 1), ("amy", 700, 2), ("bob", 700, 1), ("amy", 650, 3), ("cat", 300, 4)]:
        print(player, pts, "new best" if lb.submit(player, pts, t(hour)) else "kept")
    print([(s.player, s.points) for s in lb.top()])
    print(lb.rank_of("amy"), [s.player for s in lb.alphabetical()])
