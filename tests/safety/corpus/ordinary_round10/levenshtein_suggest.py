"""Suggest the closest command names for a typo."""

import difflib
from functools import lru_cache


@lru_cache(maxsize=4096)
def levenshtein(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def suggest(word: str, vocabulary: list[str], limit: int = 3, max_distance: int = 3) -> list[str]:
    """Return up to `limit` suggestions, ordered by edit distance then similarity ratio."""
    scored = []
    for candidate in vocabulary:
        dist = levenshtein(word.lower(), candidate.lower())
        if dist <= max_distance:
            ratio = difflib.SequenceMatcher(None, word, candidate).ratio()
            scored.append((dist, -ratio, candidate))
    scored.sort()
    return [c for _, _, c in scored[:limit]]


if __name__ == "__main__":
    commands = ["commit", "checkout", "cherry-pick", "clone", "config", "status", "stash"]
    print(suggest("comit", commands))
    print(suggest("stats", commands))
