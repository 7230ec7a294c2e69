"""Tally ranked-choice ballots (instant runoff)."""
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Round:
    number: int
    counts: dict[str, int]
    eliminated: Optional[str] = None


@dataclass
class Election:
    ballots: list[list[str]]
    rounds: list[Round] = field(default_factory=list)

    def _first_choices(self, remaining: set[str]) -> Counter[str]:
        counts: Counter[str] = Counter({c: 0 for c in remaining})
        for ballot in self.ballots:
            for choice in ballot:
                if choice in remaining:
                    counts[choice] += 1
                    break
        return counts

    def run(self) -> Optional[str]:
        remaining = {c for b in self.ballots for c in b}
        while remaining:
            counts = self._first_choices(remaining)
            total = sum(counts.values())
            rnd = Round(len(self.rounds) + 1, dict(sorted(counts.items())))
            self.rounds.append(rnd)
            leader, votes = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if total and votes * 2 > total:
                return leader
            if len(remaining) == 1:
                return leader
            loser = min(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
            rnd.eliminated = loser
            remaining.discard(loser)
        return None


def instant_runoff(ballots: list[list[str]]) -> dict[str, object]:
    """Entry point: winner and round-by-round counts."""
    election = Election([b for b in ballots if b])
    winner = election.run()
    return {
        "winner": winner,
        "rounds": [{"round": r.number, "counts": r.counts, "out": r.eliminated} for r in election.rounds],
    }
