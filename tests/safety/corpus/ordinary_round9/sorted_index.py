"""Maintain a sorted index of scores with bisect for range queries."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable, Optional


@dataclass
class SortedIndex:
    keys: list[float] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, float]]) -> SortedIndex:
        idx = cls()
        for name, score in pairs:
            idx.insert(name, score)
        return idx

    def insert(self, name: str, score: float) -> None:
        pos = bisect.bisect_right(self.keys, score)
        self.keys.insert(pos, score)
        self.names.insert(pos, name)

    def between(self, lo: float, hi: float) -> list[str]:
        i = bisect.bisect_left(self.keys, lo)
        j = bisect.bisect_right(self.keys, hi)
        return self.names[i:j]

    def rank(self, score: float) -> int:
        return len(self.keys) - bisect.bisect_right(self.keys, score) + 1

    def nearest(self, score: float) -> Optional[str]:
        if not self.keys:
            return None
        i = bisect.bisect_left(self.keys, score)
        candidates = [j for j in (i - 1, i) if 0 <= j < len(self.keys)]
        best = min(candidates, key=lambda j: abs(self.keys[j] - score))
        return self.names[best]


def query_scores(scores: dict[str, float], queries: list[tuple]) -> list[object]:
    """Entry point: run ('between', lo, hi) / ('rank', x) / ('nearest', x) queries."""
    idx = SortedIndex.build(scores.items())
    answers: list[object] = []
    for q in queries:
        match q:
            case ("between", lo, hi):
                answers.append(idx.between(lo, hi))
            case ("rank", float(x) | int(x)):
                answers.append(idx.rank(x))
            case ("nearest", x):
                answers.append(idx.nearest(x))
            case ("add", str(name), x):
                idx.insert(name, x)
                answers.append(len(idx.keys))
            case _:
                answers.append(f"bad query {q!r}")
    return answers
