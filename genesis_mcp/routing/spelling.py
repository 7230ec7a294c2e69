"""Typo tolerance: a word nobody uses is read as a known word one edit away ("custmer" -> "customer").

Known words are those of the concept vocabulary and of the agents' own texts. Candidates come from a
deletion index (SymSpell-style): two words are one insertion, deletion, substitution or transposition apart
exactly when one of them, or a one-letter deletion of each, coincide. Only words of five letters or more
are corrected, and only to words with the same first letter: typos rarely hit the first letter, and short
words have too many neighbours to guess from.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Speller"]

_MIN_LENGTH = 5


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Speller:
    """Corrects unknown words against a fixed set of known words, most frequent candidate first."""

    def __init__(self, known: Iterable[str]) -> None:
        counts: dict[str, int] = {}
        for w in known:
            if len(w) >= _MIN_LENGTH - 1 and w.isalpha():
                counts[w] = counts.get(w, 0) + 1
        self.known = counts
        self._by_deletion: dict[str, list[str]] = {}
        for w in counts:
            for d in (w, *_deletions(w)):
                self._by_deletion.setdefault(d, []).append(w)
        self._cache: dict[str, str | None] = {}

    def correct(self, word: str) -> str | None:
        """The known word ``word`` is a typo of, or None (known already, too short, or no single guess)."""
        if word in self.known or len(word) < _MIN_LENGTH or not word.isalpha():
            return None
        if word in self._cache:
            return self._cache[word]
        found: set[str] = set()
        for d in (word, *_deletions(word)):
            found.update(self._by_deletion.get(d, ()))
        found = {w for w in found if w[0] == word[0] and len(w) >= _MIN_LENGTH - 1 and _one_edit(word, w)}
        best = max(sorted(found), key=lambda w: self.known[w], default=None)
        if len(self._cache) < 50_000:
            self._cache[word] = best
        return best


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance exactly 1 (the deletion index also pairs words two deletions apart)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
