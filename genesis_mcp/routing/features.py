"""Reading texts into features: a task's description into a :class:`Query`, an agent into weighted features.

Features are ``w:<stem>`` (a word) and ``c:<concept>`` (a concept from the vocabulary; its parent concept
counts too, at half weight). An agent's features come from its capabilities (weight 3), agent type (2),
name (1.5), description (1) and the past tasks it did (``history``, 0.5 each). A task's features come
from its description and type; a word no agent and no concept uses is read as its one-edit neighbour
when there is one (typos).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.routing.concepts import ConceptHit, vocabulary
from genesis_mcp.routing.text import Token, token, tokenise

__all__ = ["CONCEPT_WEIGHT", "PARENT_WEIGHT", "Query", "analyse", "broad_parents", "doc_features"]

_FIELD_WEIGHTS = {"capabilities": 3.0, "agent_type": 2.0, "name": 1.5, "description": 1.0, "history": 0.5}
CONCEPT_WEIGHT = 1.5  # a concept is stronger evidence than any single word
PARENT_WEIGHT = 0.5  # "press release" says public_relations, and marketing at half strength
_FIRST_CONCEPT = 1.4
_IN_PHRASE = 0.5  # a word that is part of a recognised concept phrase: the concept carries it
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
    vague: frozenset[str] = frozenset()  # concepts signalled only by weak words (and their parents)


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
            for f, amount in (("c:" + name, strength), ("c:" + (up or ""), PARENT_WEIGHT * strength)):
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
    _add_concepts(found, hits, CONCEPT_WEIGHT, _FIRST_CONCEPT)
    concepts = {name: hit.phrase for hit in hits for name in hit.concepts}
    if task_type and task_type != "general":
        type_tokens = tokenise(task_type)
        for tok in type_tokens:
            features["w:" + tok.stem] = features.get("w:" + tok.stem, 0.0) + tok.weight
        type_hits = vocab.find(type_tokens)
        _add_concepts(found, type_hits, CONCEPT_WEIGHT)
        for hit in type_hits:
            for name in hit.concepts:
                concepts.setdefault(name, task_type)
    for f, w in found.items():
        features[f] = min(2 * CONCEPT_WEIGHT, w)
    stems = frozenset(t.stem for t in tokens)
    clear = {n for hit in hits for n in hit.concepts if hit.weight(n) == 1.0}
    clear |= {p for n in clear if (p := vocab.parent(n)) is not None}
    if task_type and task_type != "general":
        clear |= {n for hit in type_hits for n in hit.concepts}
    vague = frozenset(f[2:] for f in found if f[2:] not in clear)
    return Query(features, tokens, stems, concepts, " " + " ".join(t.stem for t in tokens) + " ", vague)


def doc_features(agent: AgentSpec, history: Sequence[str]) -> tuple[dict[str, float], set[str], dict[str, float]]:
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
        _add_concepts(out, hits, weight * CONCEPT_WEIGHT, weak_once=True, derived=derived)
        named.update(n for h in hits for n in h.concepts if h.weight(n) == 1.0)
    return out, named, derived


def broad_parents(concepts: frozenset[str]) -> frozenset[str]:
    """Parent concepts an agent covers as a whole: it names the parent itself ("finance"), or three or more of
    its kinds of work (invoices, payments, bookkeeping). Such an agent can take a sibling no one names (tax)."""
    vocab = vocabulary()
    children: dict[str, int] = {}
    for c in concepts:
        up = vocab.parent(c)
        if up is not None:
            children[up] = children.get(up, 0) + 1
    return frozenset(p for p, k in children.items() if k >= _BROAD) | (concepts & vocab.parents)
