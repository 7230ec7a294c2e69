"""The concept vocabulary: kinds of work and domains, recognised in text through stemmed phrases.

Routing matches tasks to agents on concepts as well as on words, so that "plot weekly signups" reaches
an agent whose capabilities say "dashboards" (both mean *visualization*). Planning names task types
with the same concepts, and agent creation describes a new agent with them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from genesis_mcp.routing.text import Token, tokenise

__all__ = ["Concept", "ConceptHit", "Vocabulary", "vocabulary"]


@dataclass(frozen=True, slots=True)
class Concept:
    name: str
    role: str  # "extracts structured data from websites"
    difficulty: float
    terms: tuple[str, ...]  # as written in the vocabulary file


@dataclass(frozen=True, slots=True)
class ConceptHit:
    concepts: frozenset[str]
    start: int  # token positions [start, end)
    end: int
    phrase: str  # the words that matched, as written in the text


class Vocabulary:
    """Concepts and their stemmed phrases; :meth:`find` does a longest-match scan over tokens."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: dict[str, Concept] = {c.name: c for c in concepts}
        by_phrase: dict[tuple[str, ...], set[str]] = {}
        for c in self.concepts.values():
            for term in (c.name.replace("_", " "), *c.terms):
                key = tuple(t.stem for t in tokenise(term))
                if key:
                    by_phrase.setdefault(key, set()).add(c.name)
        self._by_first: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        for key, names in by_phrase.items():
            self._by_first.setdefault(key[0], []).append((key, frozenset(names)))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, tokens: Sequence[Token]) -> list[ConceptHit]:
        """Every phrase of the vocabulary in ``tokens``, longest first at each position, no overlaps."""
        hits: list[ConceptHit] = []
        i, n = 0, len(tokens)
        while i < n:
            for key, names in self._by_first.get(tokens[i].stem, ()):
                k = len(key)
                if i + k <= n and all(tokens[i + j].stem == key[j] for j in range(1, k)):
                    phrase = " ".join(t.word for t in tokens[i : i + k])
                    hits.append(ConceptHit(names, i, i + k, phrase))
                    i += k
                    break
            else:
                i += 1
        return hits

    def concepts_in(self, text: str) -> dict[str, int]:
        """Concept name -> how many phrases of ``text`` signal it."""
        counts: dict[str, int] = {}
        for hit in self.find(tokenise(text)):
            for name in hit.concepts:
                counts[name] = counts.get(name, 0) + 1
        return counts

    def top_concept(self, text: str | Sequence[Token]) -> str | None:
        """The concept the text signals most (ties: the one signalled first), or None."""
        first: dict[str, int] = {}
        counts: dict[str, int] = {}
        tokens = tokenise(text) if isinstance(text, str) else text
        for pos, hit in enumerate(self.find(tokens)):
            for name in hit.concepts:
                counts[name] = counts.get(name, 0) + 1
                first.setdefault(name, pos)
        if not counts:
            return None
        return min(counts, key=lambda n: (-counts[n], first[n], n))


@cache
def vocabulary() -> Vocabulary:
    """The built-in vocabulary (``concepts.toml`` beside this module), loaded once."""
    text = resources.files("genesis_mcp.routing").joinpath("concepts.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)["concepts"]
    return Vocabulary(
        Concept(name, str(v["role"]), float(v["difficulty"]), tuple(str(t) for t in v["terms"]))
        for name, v in data.items()
    )
