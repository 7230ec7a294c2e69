"""The concept vocabulary: kinds of work and domains, recognised in text through stemmed phrases.

Routing matches tasks to agents on concepts as well as on words, so that "plot weekly signups" reaches
an agent whose capabilities say "dashboards" (both mean *visualization*). Planning names task types
with the same concepts, and agent creation describes a new agent with them.

A term may be *weak* (written ``~term`` in the file): an ambiguous word such as "model" or "stock" that
signals its concept with less weight. A term written ``=word`` matches that exact word, not its stem
("accounting" must not claim every "account"). A concept may have a *parent* (``press releases`` ->
public_relations -> marketing), which a text then signals too, more faintly.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from genesis_mcp.routing.text import Token, american, tokenise, words

__all__ = ["WEAK_WEIGHT", "Concept", "ConceptHit", "Vocabulary", "vocabulary"]

WEAK_WEIGHT = 0.4  # how much a weak term counts next to a clear one


_Entry = tuple[tuple[str, ...], str, frozenset[str], dict[str, float]]  # stems, exact word, concepts, weak ones


@dataclass(frozen=True, slots=True)
class Concept:
    name: str
    role: str  # "extracts structured data from websites"
    difficulty: float
    terms: tuple[str, ...]  # as written in the vocabulary file, without the weak marker
    parent: str | None = None
    weak: frozenset[str] = frozenset()  # the terms that are only weak evidence


class ConceptHit(NamedTuple):
    concepts: frozenset[str]
    start: int  # token positions [start, end)
    end: int
    phrase: str  # the words that matched, as written in the text
    strength: Mapping[str, float] = MappingProxyType({})  # concept -> WEAK_WEIGHT for weak terms (else 1.0)

    def weight(self, concept: str) -> float:
        return self.strength.get(concept, 1.0)


class Vocabulary:
    """Concepts and their stemmed phrases; :meth:`find` does a longest-match scan over tokens."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: dict[str, Concept] = {c.name: c for c in concepts}
        self._parents = frozenset(c.parent for c in self.concepts.values() if c.parent)
        # (stems, exact word or "") -> concept -> weight; an exact term matches that word only, not its stem
        by_phrase: dict[tuple[tuple[str, ...], str], dict[str, float]] = {}
        for c in self.concepts.values():
            terms = [(t, WEAK_WEIGHT if t in c.weak else 1.0) for t in c.terms]
            name = c.name.replace("_", " ")
            # the name is a clear term too: as an exact word ("shopping" names the concept, "shop" does not),
            # and unless a stop word would vanish from it ("it support" is not "support")
            if " " not in name:
                terms.append(("=" + name, 1.0))
            elif name not in c.terms and len(tokenise(name)) == len(words(name)):
                terms.append((name, 1.0))
            for term, weight in terms:
                exact = american(term[1:]) if term.startswith("=") else ""
                key = tuple(t.stem for t in tokenise(term.lstrip("=")))
                # a phrase that stop words shrink to one word ("out of stock" -> "stock") would claim that
                # word in every sense: leave it to the word's own entry
                if key and (len(key) > 1 or len(words(term)) == 1):
                    found = by_phrase.setdefault((key, exact), {})
                    found[c.name] = max(found.get(c.name, 0.0), weight)
        # phrases of two or more words are filed under their first two stems, single words under their stem:
        # a scan then looks at the few phrases that can start at a position, not every phrase of its first word
        self._by_pair: dict[tuple[str, str], list[_Entry]] = {}
        self._by_word: dict[str, list[_Entry]] = {}
        for (key, exact), named in by_phrase.items():
            weak = {n: w for n, w in named.items() if w < 1.0}
            entry = (key, exact, frozenset(named), weak)
            if len(key) > 1:
                self._by_pair.setdefault((key[0], key[1]), []).append(entry)
            else:
                self._by_word.setdefault(key[0], []).append(entry)
        for entries in (*self._by_pair.values(), *self._by_word.values()):
            entries.sort(key=lambda e: (-len(e[0]), not e[1]))  # longest first; an exact word before its stem
        self.terms: frozenset[str] = frozenset(w for key, _ in by_phrase for w in key)  # every stem the phrases use

    @property
    def parents(self) -> frozenset[str]:
        """The concepts that are some concept's parent."""
        return self._parents

    def parent(self, name: str) -> str | None:
        concept = self.concepts.get(name)
        return concept.parent if concept else None

    def find(self, tokens: Sequence[Token]) -> list[ConceptHit]:
        """Every phrase of the vocabulary in ``tokens``, longest first at each position, no overlaps."""
        hits: list[ConceptHit] = []
        i, n = 0, len(tokens)
        while i < n:
            hit = self._phrase_at(tokens, i, n)
            if hit is None:
                i += 1
            else:
                hits.append(hit)
                i = hit.end
        return hits

    def _phrase_at(self, tokens: Sequence[Token], i: int, n: int) -> ConceptHit | None:
        first = tokens[i].stem
        if i + 1 < n:
            for key, _, names, weak in self._by_pair.get((first, tokens[i + 1].stem), ()):
                k = len(key)
                if i + k <= n and all(tokens[i + j].stem == key[j] for j in range(2, k)):
                    return ConceptHit(names, i, i + k, " ".join(t.word for t in tokens[i : i + k]), weak)
        for _, exact, names, weak in self._by_word.get(first, ()):
            if not exact or american(tokens[i].word) == exact:
                return ConceptHit(names, i, i + 1, tokens[i].word, weak)
        return None

    def concepts_in(self, text: str) -> dict[str, int]:
        """Concept name -> how many phrases of ``text`` signal it."""
        counts: dict[str, int] = {}
        for hit in self.find(tokenise(text)):
            for name in hit.concepts:
                counts[name] = counts.get(name, 0) + 1
        return counts

    def weighted(self, text: str) -> dict[str, float]:
        """Concept name -> how much ``text`` signals it (a clear phrase counts 1, a weak one less)."""
        counts: dict[str, float] = {}
        for hit in self.find(tokenise(text)):
            for name in hit.concepts:
                counts[name] = counts.get(name, 0.0) + hit.weight(name)
        return counts

    def top_concept(self, text: str | Sequence[Token]) -> str | None:
        """The concept the text signals most, weak terms counting for less (ties: the one signalled first),
        or None."""
        first: dict[str, int] = {}
        counts: dict[str, float] = {}
        tokens = tokenise(text) if isinstance(text, str) else text
        for pos, hit in enumerate(self.find(tokens)):
            for name in hit.concepts:
                counts[name] = counts.get(name, 0.0) + hit.weight(name)
                first.setdefault(name, pos)
        if not counts:
            return None
        return min(counts, key=lambda n: (-counts[n], first[n], n))


def _concept(name: str, entry: Mapping[str, object]) -> Concept:
    raw = [str(t) for t in entry["terms"]]  # type: ignore[attr-defined]
    terms = tuple(t.lstrip("~") for t in raw)  # "=word" stays: it matches that word only, not its stem
    parent = entry.get("parent")
    return Concept(
        name,
        str(entry["role"]),
        float(entry["difficulty"]),  # type: ignore[arg-type]
        terms,
        str(parent) if parent else None,
        frozenset(t.lstrip("~") for t in raw if t.startswith("~")),
    )


@cache
def vocabulary() -> Vocabulary:
    """The built-in vocabulary (``concepts.toml`` beside this module), loaded once."""
    text = resources.files("genesis_mcp.routing").joinpath("concepts.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)["concepts"]
    return Vocabulary(_concept(name, v) for name, v in data.items())
