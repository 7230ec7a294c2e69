"""Rank arbitrary objects that expose a score, using typing.Protocol."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, NamedTuple, Protocol, TypeVar, runtime_checkable


@runtime_checkable
class Scored(Protocol):
    @property
    def score(self) -> float: ...


S = TypeVar("S", bound=Scored)


def top_n(items: Iterable[S], n: int = 3) -> list[S]:
    """Return the n highest scoring items, stable for ties."""
    return sorted(items, key=lambda it: it.score, reverse=True)[:n]


def normalise_scores(items: Iterable[Scored]) -> list[float]:
    scores = [it.score for it in items]
    lo, hi = min(scores), max(scores)
    if hi == lo:
        return [1.0 for _ in scores]
    return [round((s - lo) / (hi - lo), 3) for s in scores]


@dataclass
class Player:
    name: str
    wins: int
    losses: int

    @property
    def score(self) -> float:
        games = self.wins + self.losses
        return self.wins / games if games else 0.0


class SearchHit(NamedTuple):
    url: str
    score: float


class Review:
    def __init__(self, stars: list[int]) -> None:
        self.stars = stars

    @property
    def score(self) -> float:
        return sum(self.stars) / len(self.stars)

    def __repr__(self) -> str:
        return f"Review(avg={self.score:.2f})"


if __name__ == "__main__":
    players = [Player("a", 3, 1), Player("b", 5, 5), Player("c", 9, 1)]
    print([p.name for p in top_n(players, 2)], normalise_scores(players))
    hits = [SearchHit("/x", 0.4), SearchHit("/y", 0.9)]
    print(top_n(hits, 1), top_n([Review([5, 4]), Review([3])], 1), isinstance(hits[0], Scored))
