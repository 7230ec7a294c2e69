"""AgentIndex: agents as weighted bags of stemmed words and concepts, scored BM25-style against a task.

How texts become features is in :mod:`genesis_mcp.routing.features`. Besides the score,
:meth:`AgentIndex.score` reports **coverage**: the share of the task's information (idf-weighted features)
that the agent shows, each feature counted by how fully the agent shows it (a capability fully, one weak
word in a description partly, a concept it only has through a narrower one at most half). Coverage does
not grow with the number of agents or the length of their descriptions, which makes it the quantity to
calibrate "nobody here does this" on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from genesis_mcp.agents.models import Agent, AgentSpec
from genesis_mcp.routing.concepts import vocabulary
from genesis_mcp.routing.features import CONCEPT_WEIGHT, PARENT_WEIGHT, Query, analyse, broad_parents, doc_features
from genesis_mcp.routing.spelling import Speller
from genesis_mcp.routing.text import token, tokenise, words

__all__ = ["AgentIndex", "Match", "Query", "Scores", "analyse"]

_K1, _B = 1.2, 0.3
_UNSEEN_WORD = 0.6  # a word no agent uses: often a name or an object, weaker evidence of unknown work
_MIN_TEAM = 12  # idf is computed as for at least this many agents


@dataclass(frozen=True)
class Match:
    """How well one agent matches a query."""

    agent: str
    score: float  # BM25-style, comparable between agents for one query
    coverage: float  # 0..1: share of the query's information the agent shows
    matched: list[str] = field(default_factory=list)  # the strongest shared features, readable


def _readable(feature: str, query: Query) -> str:
    kind, _, value = feature.partition(":")
    if kind == "c":
        source = query.concepts.get(value)
        return f"{value} (concept, from {source!r})" if source else f"{value} (broader concept)"
    return next((t.word for t in query.tokens if t.stem == value), value)


class Scores:
    """One query's scores against an index: ``score[i]`` (BM25-style) and :meth:`coverage` per agent."""

    __slots__ = ("_covered", "_name_rank", "_total", "score", "touched")

    def __init__(
        self, score: list[float], covered: list[float], total: float, touched: set[int], name_rank: list[int]
    ) -> None:
        self.score, self._covered, self._total, self.touched, self._name_rank = (
            score,
            covered,
            total,
            touched,
            name_rank,
        )

    def coverage(self, i: int) -> float:
        """Share of the query's information agent ``i`` shows, 0..1."""
        return min(1.0, self._covered[i] / self._total)

    def ranked(self, pool: Iterable[int] | None = None) -> list[int]:
        """``pool`` (default: the agents sharing a feature with the query) by score, high to low; ties by name."""
        order = sorted(self.touched if pool is None else pool, key=self._name_rank.__getitem__)
        order.sort(key=self.score.__getitem__, reverse=True)
        return order


class AgentIndex:
    """An immutable index of agents. Build once per change of agents; route many tasks against it."""

    def __init__(self, agents: Iterable[AgentSpec], history: Mapping[str, Sequence[str]] | None = None) -> None:
        self.agents: list[AgentSpec] = list(agents)
        self.history = {k: list(v) for k, v in (history or {}).items()}
        self.position = {a.name: i for i, a in enumerate(self.agents)}
        analysed = [doc_features(a, self.history.get(a.name, ())) for a in self.agents]
        docs = [d for d, _, _ in analysed]
        n = len(docs)
        # a small team is scored as if it sat among _MIN_TEAM agents: with two agents, plain idf would make any
        # word the other agent lacks nearly worthless, and coverage would sink below every threshold
        m = max(n, _MIN_TEAM)
        self._unseen_idf = math.log(1 + (m + 0.5) / 0.5)
        df: dict[str, int] = {}
        for d in docs:
            for f in d:
                df[f] = df.get(f, 0) + 1
        self.idf = {f: math.log(1 + (m - k + 0.5) / (k + 0.5)) for f, k in df.items()}
        lengths = [sum(d.values()) for d in docs]
        avg = (sum(lengths) / n) if n else 1.0
        # feature -> [(agent, saturated weight, how fully the agent shows it 0..1)]
        postings: dict[str, list[tuple[int, float, float]]] = {}
        self._weights: list[dict[str, float]] = []
        # how fully each agent shows a concept as its own work, leaving out what it only has from a child
        # concept (a compliance agent is no legal agent)
        self._direct = [
            {f: tf - derived.get(f, 0.0) for f, tf in d.items() if f.startswith("c:")} for d, _, derived in analysed
        ]
        self.shown: dict[str, float] = {}  # concept feature -> how fully the agent showing it most does, 0..1
        for i, d in enumerate(docs):
            norm = _K1 * (1 - _B + _B * lengths[i] / avg) if avg else _K1
            saturated = {f: tf * (_K1 + 1) / (tf + norm) for f, tf in d.items()}
            self._weights.append(saturated)
            direct = self._direct[i]
            for f, sat in saturated.items():
                if f.startswith("c:"):
                    # a concept known only through a child counts half at most (fraud work is half security)
                    own = direct.get(f, 0.0)
                    full = min(1.0, own / CONCEPT_WEIGHT + PARENT_WEIGHT * min(1.0, (d[f] - own) / CONCEPT_WEIGHT))
                else:
                    full = min(1.0, d[f])
                postings.setdefault(f, []).append((i, sat, full))
            for f, tf in self._direct[i].items():
                self.shown[f] = max(self.shown.get(f, 0.0), min(1.0, tf / CONCEPT_WEIGHT))
        # stored as parallel tuples: the scoring loop zips them without unpacking tuples one by one
        self._postings = {f: (tuple(p[0] for p in ps), tuple(p[1] for p in ps), tuple(p[2] for p in ps))
                          for f, ps in postings.items()}  # fmt: skip
        by_name = sorted(range(n), key=lambda i: self.agents[i].name)
        self._name_rank = [0] * n
        for rank, i in enumerate(by_name):
            self._name_rank[i] = rank
        self.concepts = [frozenset(named) for _, named, _ in analysed]
        self.broad = frozenset().union(
            *(broad_parents(c) for c in self.concepts)
        )  # parents some agent covers as a whole
        self._capable: dict[str, frozenset[int]] = {}  # a cache: capability -> agents that have it
        self._cap_stems = [[frozenset(t.stem for t in tokenise(c)) for c in a.capabilities] for a in self.agents]
        known = [w for a in self.agents for w in words(" ".join([a.name, a.description, *a.capabilities]))]
        known += [w for c in vocabulary().concepts.values() for t in c.terms for w in words(t)]
        self._speller = Speller(known)

    def with_agent(self, agent: AgentSpec, history: Sequence[str] = ()) -> AgentIndex:
        """A new index that also holds ``agent`` (replacing one of the same name)."""
        others = [a for a in self.agents if a.name != agent.name]
        merged = dict(self.history)
        if history:
            merged[agent.name] = list(history)
        return AgentIndex([*others, agent], merged)

    def is_active(self, i: int) -> bool:
        agent = self.agents[i]
        return not isinstance(agent, Agent) or agent.status == "active"

    def analyse(self, text: str, task_type: str | None = None) -> Query:
        """:func:`analyse` with this index's words for typo correction."""
        return analyse(text, task_type, correct=self._correct)

    def _correct(self, word: str) -> str | None:
        # a word whose stem is known is no typo, though the word itself is new ("brake" beside "brakes")
        tok = token(word)
        if tok is None or "w:" + tok.stem in self.idf or tok.stem in vocabulary().terms:
            return None
        return self._speller.correct(word)

    def info(self, feature: str) -> float:
        """How much a feature tells: its idf, or the idf of a feature no agent has (words count less)."""
        known = self.idf.get(feature)
        if known is not None:
            return known
        return self._unseen_idf * (1.0 if feature.startswith("c:") else _UNSEEN_WORD)

    def totals(self, query: Query) -> Scores:
        """Every agent's score and coverage for the query, in one pass over the postings."""
        n = len(self.agents)
        acc = [0.0] * n
        covered = [0.0] * n
        touched: set[int] = set()
        total = 0.0
        postings = self._postings
        for f, q in query.features.items():
            total += q * self.info(f)
            found = postings.get(f)
            if found is None:
                continue
            ids, sats, fulls = found
            qi = q * self.idf[f]
            for i, sat, full in zip(ids, sats, fulls, strict=True):
                acc[i] += qi * sat
                covered[i] += qi * full
            touched.update(ids)
        return Scores(acc, covered, total or 1.0, touched, self._name_rank)

    def score(self, query: Query, candidates: Iterable[int] | None = None, limit: int | None = None) -> list[Match]:
        """Agents that share at least one feature with the query (or every candidate given), best first;
        only the best ``limit`` when given."""
        scores = self.totals(query)
        best = scores.ranked(candidates)[:limit]
        return [self.match(i, query, scores.score[i], scores.coverage(i)) for i in best]

    def match(self, i: int, query: Query, score: float, coverage: float) -> Match:
        """The :class:`Match` of agent ``i`` with the features that mattered most, readable."""
        weights = self._weights[i]
        shared = sorted(
            ((q * self.idf[f] * weights[f], f) for f, q in query.features.items() if f in weights), reverse=True
        )
        return Match(self.agents[i].name, score, min(1.0, coverage), [_readable(f, query) for _, f in shared[:4]])

    def capable(self, required: Iterable[str]) -> list[int]:
        """Indexes of the agents (active or not) that have every required capability."""
        found: frozenset[int] | None = None
        for cap in dict.fromkeys(required):
            have = self._capable.get(cap)
            if have is None:
                have = self._capable[cap] = frozenset(i for i in range(len(self.agents)) if not self.missing(i, [cap]))
            found = have if found is None else found & have
        return sorted(found if found is not None else range(len(self.agents)))

    def missing(self, i: int, required: Iterable[str]) -> list[str]:
        """The required capabilities agent ``i`` lacks. A capability is had when the agent lists it, lists
        one containing all its words ("python" in "python_scripting"), or clearly shows all its concepts in
        its capabilities, type, name or description ("scraping" for an agent with "web_crawling")."""
        out = []
        caps = self.agents[i].capabilities
        for cap in required:
            if cap in caps:
                continue
            stems = frozenset(t.stem for t in tokenise(cap))
            if stems and any(stems <= s for s in self._cap_stems[i]):
                continue
            concepts = set(vocabulary().concepts_in(cap.replace("_", " ")))
            if concepts and concepts <= self.concepts[i]:
                continue
            out.append(cap)
        return out
