"""Duplicate and near-duplicate tasks: token-set Jaccard similarity with prefix filtering.

Each description becomes the set of its word stems (stop words dropped; numbers kept: "part 1" is not
"part 2"), each stem numbered by rarity so that a set sorts rarest first as plain integers. For a threshold
t only the first ``|s| - ceil(t|s|) + 1`` tokens are indexed, because two sets with Jaccard at least t must
share one of those (the AllPairs prefix filter). So for 1,000 tasks only pairs that share a rare word are
compared, not all half-million.
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
    stems = [{t.stem for t in tokenise(descriptions[i])} for i in ids]
    frequency: dict[str, int] = {}
    for words in stems:
        for tok in words:
            frequency[tok] = frequency.get(tok, 0) + 1
    # tokens become integers numbered rarest first, so a set sorts into prefix order without a key function
    rank = {tok: r for r, tok in enumerate(sorted(frequency, key=lambda tok: (frequency[tok], tok)))}
    ordered = [sorted(rank[tok] for tok in words) for words in stems]
    sets = [frozenset(o) for o in ordered]
    by_size = sorted((k for k in range(len(ids)) if sets[k]), key=lambda k: (len(sets[k]), k))
    index: dict[int, list[int]] = {}
    skipped = {frozenset(p) for p in skip}
    found: list[tuple[int, int, float]] = []
    for k in by_size:
        size = len(sets[k])
        prefix = ordered[k][: size - math.ceil(threshold * size) + 1]
        candidates: set[int] = set()
        for token_id in prefix:
            posted = index.get(token_id)
            if posted is None:
                index[token_id] = [k]
            else:
                candidates.update(posted)
                posted.append(k)
        mine = sets[k]
        for other in candidates:
            theirs = sets[other]
            if len(theirs) < threshold * size:  # sets come smallest first: a much smaller one cannot be similar
                continue
            inter = len(mine & theirs)
            sim = inter / (size + len(theirs) - inter)
            if sim >= threshold and frozenset((ids[k], ids[other])) not in skipped:
                found.append((min(k, other), max(k, other), sim))
    found.sort()
    return [SimilarPair(ids[a], ids[b], round(sim, 4)) for a, b, sim in found]
