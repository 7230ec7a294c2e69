"""AgentIndex: agents as weighted bags of stemmed words and concepts, scored BM25-style against a task.

Features are ``w:<stem>`` (a word) and ``c:<concept>`` (a concept from the vocabulary). An agent's
features come from its capabilities (weight 3), agent type (2), name (1.5), description (1) and the
past tasks it did (``history``, 0.5 each). A task's features come from its description and type.

Besides the score, :meth:`AgentIndex.score` reports **coverage**: the share of the task's information
(idf-weighted features) that the agent shows. Coverage does not grow with the number of agents or the
length of their descriptions, which makes it the quantity to calibrate "nobody here does this" on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from genesis_mcp.agents.models import Agent, AgentSpec
from genesis_mcp.routing.concepts import vocabulary
from genesis_mcp.routing.text import Token, tokenise

__all__ = ["AgentIndex", "Match", "Query", "analyse"]

_K1, _B = 1.2, 0.3
_FIELD_WEIGHTS = {"capabilities": 3.0, "agent_type": 2.0, "name": 1.5, "description": 1.0, "history": 0.5}
_CONCEPT_WEIGHT = 1.5  # a concept is stronger evidence than any single word
_FIRST_CONCEPT = 1.4
_IN_PHRASE = 0.5  # a word that is part of a recognised concept phrase: the concept carries it
_UNSEEN_WORD = 0.6  # a word no agent uses: often a name or an object, weaker evidence of unknown work
_MAX_HISTORY = 200  # past tasks per agent taken into account


@dataclass(frozen=True)
class Query:
    """A task's text, analysed once and matched against many agents."""

    features: dict[str, float]
    tokens: list[Token]
    stems: frozenset[str]
    concepts: dict[str, str]  # concept -> the words that signalled it
    phrase_text: str  # " stem stem ... " for keyword phrases


def analyse(text: str, task_type: str | None = None) -> Query:
    """Features of a task description (and type), with weights."""
    tokens = tokenise(text)
    hits = vocabulary().find(tokens)
    in_phrase = {i for h in hits for i in range(h.start, h.end)}
    features: dict[str, float] = {}
    for i, tok in enumerate(tokens):
        w = tok.weight * (_IN_PHRASE if i in in_phrase else 1.0)
        features["w:" + tok.stem] = min(2.0, features.get("w:" + tok.stem, 0.0) + w)
    concepts: dict[str, str] = {}
    for k, hit in enumerate(hits):
        # the first kind of work named is usually the object of the main verb: "send the invoices to customers"
        weight = _CONCEPT_WEIGHT * (_FIRST_CONCEPT if k == 0 else 1.0)
        for name in hit.concepts:
            concepts.setdefault(name, hit.phrase)
            features["c:" + name] = min(2 * _CONCEPT_WEIGHT, features.get("c:" + name, 0.0) + weight)
    if task_type and task_type != "general":
        for tok in tokenise(task_type):
            features["w:" + tok.stem] = features.get("w:" + tok.stem, 0.0) + tok.weight
        for name in vocabulary().concepts_in(task_type):
            concepts.setdefault(name, task_type)
            features["c:" + name] = min(2 * _CONCEPT_WEIGHT, features.get("c:" + name, 0.0) + _CONCEPT_WEIGHT)
    stems = frozenset(t.stem for t in tokens)
    return Query(features, tokens, stems, concepts, " " + " ".join(t.stem for t in tokens) + " ")


def _doc_features(agent: AgentSpec, history: Sequence[str]) -> dict[str, float]:
    fields: list[tuple[str, str]] = [("capabilities", c.replace("_", " ")) for c in agent.capabilities]
    if agent.agent_type != "general":
        fields.append(("agent_type", agent.agent_type))
    fields += [("name", agent.name), ("description", agent.description)]
    fields += [("history", h) for h in history[-_MAX_HISTORY:]]
    out: dict[str, float] = {}
    for kind, text in fields:
        weight = _FIELD_WEIGHTS[kind]
        tokens = tokenise(text)
        for tok in tokens:
            out["w:" + tok.stem] = out.get("w:" + tok.stem, 0.0) + weight * tok.weight
        for hit in vocabulary().find(tokens):
            for name in hit.concepts:
                out["c:" + name] = out.get("c:" + name, 0.0) + weight * _CONCEPT_WEIGHT
    return out


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
        return f"{value} (concept, from {query.concepts.get(value, value)!r})"
    word = next((t.word for t in query.tokens if t.stem == value), value)
    return word


class AgentIndex:
    """An immutable index of agents. Build once per change of agents; route many tasks against it."""

    def __init__(self, agents: Iterable[AgentSpec], history: Mapping[str, Sequence[str]] | None = None) -> None:
        self.agents: list[AgentSpec] = list(agents)
        self.history = {k: list(v) for k, v in (history or {}).items()}
        self.position = {a.name: i for i, a in enumerate(self.agents)}
        docs = [_doc_features(a, self.history.get(a.name, ())) for a in self.agents]
        n = len(docs)
        self._unseen_idf = math.log(1 + (n + 0.5) / 0.5)
        df: dict[str, int] = {}
        for d in docs:
            for f in d:
                df[f] = df.get(f, 0) + 1
        self.idf = {f: math.log(1 + (n - k + 0.5) / (k + 0.5)) for f, k in df.items()}
        lengths = [sum(d.values()) for d in docs]
        avg = (sum(lengths) / n) if n else 1.0
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._weights: list[dict[str, float]] = []
        for i, d in enumerate(docs):
            norm = _K1 * (1 - _B + _B * lengths[i] / avg) if avg else _K1
            saturated = {f: tf * (_K1 + 1) / (tf + norm) for f, tf in d.items()}
            self._weights.append(saturated)
            for f, sat in saturated.items():
                self._postings.setdefault(f, []).append((i, sat))
        self.concepts = [frozenset(f[2:] for f in d if f.startswith("c:")) for d in docs]
        self._capable: dict[str, frozenset[int]] = {}  # a cache: capability -> agents that have it
        self._cap_stems = [[frozenset(t.stem for t in tokenise(c)) for c in a.capabilities] for a in self.agents]

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

    def info(self, feature: str) -> float:
        """How much a feature tells: its idf, or the idf of a feature no agent has (words count less)."""
        known = self.idf.get(feature)
        if known is not None:
            return known
        return self._unseen_idf * (1.0 if feature.startswith("c:") else _UNSEEN_WORD)

    def score(self, query: Query, candidates: Iterable[int] | None = None, limit: int | None = None) -> list[Match]:
        """Agents that share at least one feature with the query (or every candidate given), best first;
        only the best ``limit`` when given."""
        acc: dict[int, float] = {}
        covered: dict[int, float] = {}
        total = sum(q * self.info(f) for f, q in query.features.items()) or 1.0
        for f, q in query.features.items():
            postings = self._postings.get(f)
            if not postings:
                continue
            qi = q * self.idf[f]
            for i, sat in postings:
                acc[i] = acc.get(i, 0.0) + qi * sat
                covered[i] = covered.get(i, 0.0) + qi
        pool = list(acc) if candidates is None else list(candidates)
        pool.sort(key=lambda i: (-acc.get(i, 0.0), self.agents[i].name))
        return [self._match(i, acc.get(i, 0.0), covered.get(i, 0.0) / total, query) for i in pool[:limit]]

    def _match(self, i: int, score: float, coverage: float, query: Query) -> Match:
        # which features mattered is worked out only for the agents that are reported
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
        one containing all its words ("python" in "python_scripting"), or shows all its concepts in its
        capabilities, type, name or description ("scraping" for an agent with "web_crawling")."""
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
