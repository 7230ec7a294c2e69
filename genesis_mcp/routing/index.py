"""AgentIndex: agents as weighted bags of stemmed words and concepts, scored BM25-style against a task.

Features are ``w:<stem>`` (a word) and ``c:<concept>`` (a concept from the vocabulary; its parent concept
counts too, at half weight). An agent's features come from its capabilities (weight 3), agent type (2),
name (1.5), description (1) and the past tasks it did (``history``, 0.5 each). A task's features come
from its description and type; a word no agent and no concept uses is read as its one-edit neighbour
when there is one (typos).

Besides the score, :meth:`AgentIndex.score` reports **coverage**: the share of the task's information
(idf-weighted features) that the agent shows, each feature counted by how strongly the agent shows it (a
capability fully, one weak word in a description partly). Coverage does not grow with the number of agents
or the length of their descriptions, which makes it the quantity to calibrate "nobody here does this" on.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from genesis_mcp.agents.models import Agent, AgentSpec
from genesis_mcp.routing.concepts import ConceptHit, vocabulary
from genesis_mcp.routing.spelling import Speller
from genesis_mcp.routing.text import Token, token, tokenise, words

__all__ = ["AgentIndex", "Match", "Query", "Scores", "analyse"]

_K1, _B = 1.2, 0.3
_FIELD_WEIGHTS = {"capabilities": 3.0, "agent_type": 2.0, "name": 1.5, "description": 1.0, "history": 0.5}
_CONCEPT_WEIGHT = 1.5  # a concept is stronger evidence than any single word
_PARENT_WEIGHT = 0.5  # "press release" says public_relations, and marketing at half strength
_FIRST_CONCEPT = 1.4
_IN_PHRASE = 0.5  # a word that is part of a recognised concept phrase: the concept carries it
_UNSEEN_WORD = 0.6  # a word no agent uses: often a name or an object, weaker evidence of unknown work
_CORRECTED = 0.8  # a word read through a typo correction
_MAX_HISTORY = 200  # past tasks per agent taken into account
_BROAD = 3  # kinds of work under one parent that make an agent a generalist for the parent


@dataclass(frozen=True)
class Query:
    """A task's text, analysed once and matched against many agents."""

    features: dict[str, float]
    tokens: list[Token]
    stems: frozenset[str]
    concepts: dict[str, str]  # concept -> the words that signalled it
    phrase_text: str  # " stem stem ... " for keyword phrases


def _add_concepts(
    out: dict[str, float],
    hits: Sequence[ConceptHit],
    weight: float,
    first: float = 1.0,
    *,
    weak_once: bool = False,
    derived: dict[str, float] | None = None,
) -> None:
    """Add each hit's concepts (and their parents) to ``out``; what comes from a parent is also added to
    ``derived`` when given. With ``weak_once``, weak hits of one concept count once, however often they
    recur: an agent that says "model" five times is no ML agent for that."""
    parent = vocabulary().parent
    weak: dict[str, float] = {}
    weak_derived: dict[str, float] = {}
    for k, hit in enumerate(hits):
        w = weight * (first if k == 0 else 1.0)
        for name in hit.concepts:
            strength = w * hit.weight(name)
            up = parent(name)
            for f, amount in (("c:" + name, strength), ("c:" + (up or ""), _PARENT_WEIGHT * strength)):
                if f == "c:" or (up in hit.concepts and f != "c:" + name):
                    continue
                from_parent = derived is not None and f != "c:" + name
                if weak_once and hit.weight(name) < 1.0:
                    weak[f] = max(weak.get(f, 0.0), amount)
                    if from_parent:
                        weak_derived[f] = max(weak_derived.get(f, 0.0), amount)
                else:
                    out[f] = out.get(f, 0.0) + amount
                    if from_parent and derived is not None:
                        derived[f] = derived.get(f, 0.0) + amount
    for f, amount in weak.items():
        out[f] = out.get(f, 0.0) + amount
    if derived is not None:
        for f, amount in weak_derived.items():
            derived[f] = derived.get(f, 0.0) + amount


def analyse(text: str, task_type: str | None = None, *, correct: Callable[[str], str | None] | None = None) -> Query:
    """Features of a task description (and type), with weights. ``correct`` maps an unknown word to the
    known word it is probably a typo of (see :class:`~genesis_mcp.routing.spelling.Speller`)."""
    tokens = tokenise(text)
    weights = [t.weight for t in tokens]
    if correct is not None:
        for i, tok in enumerate(tokens):
            fixed = correct(tok.word)
            new = token(fixed) if fixed else None
            if new is not None:
                tokens[i], weights[i] = new, new.weight * _CORRECTED
    vocab = vocabulary()
    hits = vocab.find(tokens)
    in_phrase = {i for h in hits for i in range(h.start, h.end)}
    features: dict[str, float] = {}
    for i, tok in enumerate(tokens):
        w = weights[i] * (_IN_PHRASE if i in in_phrase else 1.0)
        features["w:" + tok.stem] = min(2.0, features.get("w:" + tok.stem, 0.0) + w)
    # the first kind of work named is usually the object of the main verb: "send the invoices to customers"
    found: dict[str, float] = {}
    _add_concepts(found, hits, _CONCEPT_WEIGHT, _FIRST_CONCEPT)
    concepts = {name: hit.phrase for hit in hits for name in hit.concepts}
    if task_type and task_type != "general":
        type_tokens = tokenise(task_type)
        for tok in type_tokens:
            features["w:" + tok.stem] = features.get("w:" + tok.stem, 0.0) + tok.weight
        type_hits = vocab.find(type_tokens)
        _add_concepts(found, type_hits, _CONCEPT_WEIGHT)
        for hit in type_hits:
            for name in hit.concepts:
                concepts.setdefault(name, task_type)
    for f, w in found.items():
        features[f] = min(2 * _CONCEPT_WEIGHT, w)
    stems = frozenset(t.stem for t in tokens)
    return Query(features, tokens, stems, concepts, " " + " ".join(t.stem for t in tokens) + " ")


def _doc_features(agent: AgentSpec, history: Sequence[str]) -> tuple[dict[str, float], set[str], dict[str, float]]:
    """An agent's features, the concepts it names clearly (not only through weak words or parents), and the
    part of each concept feature that only comes from a child concept."""
    fields: list[tuple[str, str]] = [("capabilities", c.replace("_", " ")) for c in agent.capabilities]
    if agent.agent_type != "general":
        fields.append(("agent_type", agent.agent_type.replace("_", " ")))
    fields += [("name", agent.name), ("description", agent.description)]
    fields += [("history", h) for h in history[-_MAX_HISTORY:]]
    out: dict[str, float] = {}
    named: set[str] = set()
    derived: dict[str, float] = {}
    for kind, text in fields:
        weight = _FIELD_WEIGHTS[kind]
        tokens = tokenise(text)
        for tok in tokens:
            out["w:" + tok.stem] = out.get("w:" + tok.stem, 0.0) + weight * tok.weight
        hits = vocabulary().find(tokens)
        _add_concepts(out, hits, weight * _CONCEPT_WEIGHT, weak_once=True, derived=derived)
        named.update(n for h in hits for n in h.concepts if h.weight(n) == 1.0)
    return out, named, derived


def _broad(concepts: frozenset[str]) -> frozenset[str]:
    """Parent concepts an agent covers as a whole: it names the parent itself ("finance"), or three or more of
    its kinds of work (invoices, payments, bookkeeping). Such an agent can take a sibling no one names (tax)."""
    vocab = vocabulary()
    children: dict[str, int] = {}
    for c in concepts:
        up = vocab.parent(c)
        if up is not None:
            children[up] = children.get(up, 0) + 1
    return frozenset(p for p, k in children.items() if k >= _BROAD or p in concepts)


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
        analysed = [_doc_features(a, self.history.get(a.name, ())) for a in self.agents]
        docs = [d for d, _, _ in analysed]
        n = len(docs)
        self._unseen_idf = math.log(1 + (n + 0.5) / 0.5)
        df: dict[str, int] = {}
        for d in docs:
            for f in d:
                df[f] = df.get(f, 0) + 1
        self.idf = {f: math.log(1 + (n - k + 0.5) / (k + 0.5)) for f, k in df.items()}
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
            for f, sat in saturated.items():
                full = min(1.0, d[f] / (_CONCEPT_WEIGHT if f.startswith("c:") else 1.0))
                postings.setdefault(f, []).append((i, sat, full))
            for f, tf in self._direct[i].items():
                self.shown[f] = max(self.shown.get(f, 0.0), min(1.0, tf / _CONCEPT_WEIGHT))
        # stored as parallel tuples: the scoring loop zips them without unpacking tuples one by one
        self._postings = {f: (tuple(p[0] for p in ps), tuple(p[1] for p in ps), tuple(p[2] for p in ps))
                          for f, ps in postings.items()}  # fmt: skip
        by_name = sorted(range(n), key=lambda i: self.agents[i].name)
        self._name_rank = [0] * n
        for rank, i in enumerate(by_name):
            self._name_rank[i] = rank
        self.concepts = [frozenset(named) for _, named, _ in analysed]
        self._broad = [_broad(c) for c in self.concepts]
        self.broad = frozenset().union(*self._broad)  # parents some agent covers as a whole
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

    def shows(self, i: int, concept: str) -> float:
        """How fully agent ``i`` shows a concept as its own work, 0..1; fully when it covers the concept, or
        the concept's parent, as a whole."""
        if concept in self._broad[i] or vocabulary().parent(concept) in self._broad[i]:
            return 1.0
        return min(1.0, self._direct[i].get("c:" + concept, 0.0) / _CONCEPT_WEIGHT)

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
