"""Duplicate and near-duplicate tasks: token-set Jaccard similarity with prefix filtering.

Each description becomes the set of its word stems (stop words dropped; numbers kept: "part 1" is not
"part 2"). Sets are sorted rarest token first; for a threshold t only the first ``|s| - ceil(t|s|) + 1``
tokens are indexed, because two sets with Jaccard at least t must share one of those (the AllPairs
prefix filter). So for 1,000 tasks only pairs that share a rare word are compared, not all half-million.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from genesis_mcp.routing.text import tokenise

__all__ = ["SimilarPair", "similar_pairs"]


@dataclass(frozen=True)
class SimilarPair:
    first: str
    second: str
    similarity: float  # Jaccard of the content-word stems, 1.0 for the same words


def similar_pairs(
    descriptions: Mapping[str, str], threshold: float, skip: Sequence[tuple[str, str]] = ()
) -> list[SimilarPair]:
    """Pairs of ids whose descriptions have token-set Jaccard similarity >= ``threshold`` (0 < t <= 1),
    in input order; pairs in ``skip`` (e.g. a parent and its subtask) are left out."""
    ids = list(descriptions)
    sets = [frozenset(t.stem for t in tokenise(descriptions[i])) for i in ids]
    frequency: dict[str, int] = {}
    for s in sets:
        for tok in s:
            frequency[tok] = frequency.get(tok, 0) + 1
    ordered = [sorted(s, key=lambda tok: (frequency[tok], tok)) for s in sets]
    by_size = sorted((k for k in range(len(ids)) if sets[k]), key=lambda k: (len(sets[k]), k))
    index: dict[str, list[int]] = {}
    skipped = {frozenset(p) for p in skip}
    found: list[tuple[int, int, float]] = []
    for k in by_size:
        size = len(sets[k])
        prefix = ordered[k][: size - math.ceil(threshold * size) + 1]
        seen: set[int] = set()
        for tok in prefix:
            for other in index.get(tok, ()):
                if other in seen or len(sets[other]) < threshold * size:
                    continue
                seen.add(other)
                inter = len(sets[k] & sets[other])
                sim = inter / (size + len(sets[other]) - inter)
                if sim >= threshold and frozenset((ids[k], ids[other])) not in skipped:
                    a, b = sorted((k, other))
                    found.append((a, b, sim))
            index.setdefault(tok, []).append(k)
    found.sort()
    return [SimilarPair(ids[a], ids[b], round(sim, 4)) for a, b, sim in found]
