"""Sparse vectors as dict subclasses with cosine similarity."""
from __future__ import annotations

import math
import re
from collections import Counter


class SparseVector(dict):
    """Maps term -> weight; missing terms are zero."""

    def __missing__(self, key: str) -> float:
        return 0.0

    @classmethod
    def from_text(cls, text: str) -> SparseVector:
        vec = cls()
        for term, n in Counter(re.findall(r"\w+", text.lower())).items():
            vec[term] = float(n)
        return vec

    def dot(self, other: SparseVector) -> float:
        small, big = (self, other) if len(self) < len(other) else (other, self)
        return sum(w * big[t] for t, w in small.items())

    def norm(self) -> float:
        return math.sqrt(sum(w * w for w in self.values()))

    def cosine(self, other: SparseVector) -> float:
        denom = self.norm() * other.norm()
        return self.dot(other) / denom if denom else 0.0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


def most_similar(query: str, documents: dict[str, str], top: int = 3) -> list[tuple[str, float]]:
    """Entry point: rank documents by cosine similarity to query."""
    q = SparseVector.from_text(query)
    scored: list[tuple[str, float]] = []
    for name, text in documents.items():
        scored.append((name, round(q.cosine(SparseVector.from_text(text)), 4)))
    scored.sort(key=lambda p: (-p[1], p[0]))
    return scored[:top]
