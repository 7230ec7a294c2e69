"""Designing a specialised agent for work nobody covers (AATC), so that such work routes to it next time.

The design is deterministic: the kind of work comes from the concept vocabulary, and the new agent's
capabilities and description carry the concepts *and* their common words, so a differently worded
task of the same kind shares features with it. Persisting and indexing the agent is the caller's job.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any, Literal

from pydantic import BaseModel

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.errors import Conflict, InvalidInput
from genesis_mcp.routing.concepts import vocabulary
from genesis_mcp.routing.text import content_tokens

__all__ = ["DEFAULT_TIER_COST", "AgentDesign", "CostTier", "clone_agent", "design_agent", "revise_agent"]

CostTier = Literal["cheap", "standard", "strong"]
DEFAULT_TIER_COST: dict[str, float] = {"cheap": 0.002, "standard": 0.01, "strong": 0.05}  # illustrative dollars

# The report's five named kinds, and the concepts that map onto them.
_KINDS = {
    "scraping": "scraping",
    "api_integration": "api_integration",
    "analytics": "analytics",
    "visualization": "analytics",
    "reporting": "analytics",
    "monitoring": "monitoring",
    "data_transformation": "data_transformation",
    "data_engineering": "data_transformation",
}
_CONTEXT = frozenset({"website", "email"})
_MAX_TERMS = 14
_FIRST = 1.4  # the weight of the first concept named, as in routing: "set up laptops for the new starters"


class AgentDesign(BaseModel):
    """A proposed agent and how it was derived."""

    spec: AgentSpec
    kind: str
    cost_tier: CostTier
    concepts: list[str]
    rationale: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "custom"


def _unique_name(base: str, existing: Collection[str]) -> str:
    taken = {n.lower() for n in existing}
    if base.lower() not in taken:
        return base
    k = 2
    while f"{base}-{k}".lower() in taken:
        k += 1
    return f"{base}-{k}"


def design_agent(
    task_description: str,
    task_type: str | None = None,
    existing_names: Collection[str] = (),
    *,
    uncovered: Iterable[str] = (),
) -> AgentDesign:
    """A specialised agent for the kind of work in ``task_description``.

    ``uncovered`` are concepts the router found no agent for (``RoutingDecision.uncovered_concepts``);
    when given, only they (not concepts other agents already cover) define the new agent. The name is
    ``<kind>-specialist``, suffixed to be unique among ``existing_names``.
    Raises :class:`InvalidInput` for an empty description.
    """
    text = task_description.strip()
    if not text:
        raise InvalidInput("the task description is empty", argument="task_description")
    vocab = vocabulary()
    counts = vocab.weighted(text)  # in the order the text names them
    if task_type:
        for name in vocab.concepts_in(task_type.replace("_", " ")):
            counts[name] = counts.get(name, 0.0) + 2
    foreign = [c for c in uncovered if c in counts]
    if foreign:  # what nobody covers defines the new agent; covered concepts would steal others' work
        counts = {c: v for c, v in counts.items() if c in foreign}
    if counts:  # the first kind of work named is usually the object of the main verb; the rest is context
        first = next(iter(counts))
        counts[first] *= _FIRST
    top = max(counts.values(), default=0)
    ranked = sorted((c for c in counts if 4 * counts[c] >= 3 * top), key=lambda n: (n in _CONTEXT, -counts[n], n))
    words = [t.word for t in content_tokens(text) if len(t.word) > 3 and not t.word.isdigit()]
    if task_type and _slug(task_type) not in vocab.concepts:
        kind = _slug(task_type)
    elif ranked:
        kind = _KINDS.get(ranked[0], ranked[0])
    else:
        kind = _slug("_".join(dict.fromkeys(words[:2]))) if words else "custom"
    concepts = ranked[:4]
    # with no concept to lean on, the task's own words are what a later, similar task will share
    extra_words = [] if concepts else list(dict.fromkeys(words))[:4]
    capabilities = list(dict.fromkeys([kind, *concepts, *(_slug(w) for w in extra_words)]))[:12]

    terms: list[str] = []
    for c in concepts:
        # only words that mean this concept alone: "painting" would also pull in art tasks for a decorator
        named = [t.lstrip("=") for t in vocab.concepts[c].terms if t not in vocab.concepts[c].weak]
        own = [t for t in named if vocab.concepts_in(t).keys() == {c} and t not in terms]
        terms += own[: max(4, _MAX_TERMS // len(concepts))]
    roles = [vocab.concepts[c].role for c in concepts[:2]]
    role = " and ".join(roles) if roles else f"handles {kind.replace('_', ' ')} work"
    difficulty = max((vocab.concepts[c].difficulty for c in concepts), default=0.5)
    tier: CostTier = "cheap" if difficulty < 0.35 else ("standard" if difficulty < 0.65 else "strong")
    example = text if len(text) <= 160 else text[:157] + "..."
    # the example task stays out of the description: its incidental words would attract unrelated work
    description = f"Specialist that {role}."
    if terms or extra_words:
        description += " Knows about: " + ", ".join([*terms[:_MAX_TERMS], *extra_words[:4]]) + "."
    label = kind.replace("_", " ")
    system_prompt = (
        f"You are a specialist agent for {label} work (an agent that {role}).\n"
        f"Typical task: {example}\n"
        "Work step by step: restate the goal and the inputs you were given, list what you still need,\n"
        "do the work, then check the result against the goal before you answer.\n"
        "Answer with the result first, then a short note of assumptions and open questions.\n"
        f"If a request falls outside {label} work, say so instead of guessing."
    )
    spec = AgentSpec(
        name=_unique_name(f"{kind.replace('_', '-')}-specialist"[:64], existing_names),
        capabilities=capabilities,
        cost_per_call=DEFAULT_TIER_COST[tier],
        description=description[:4000],
        system_prompt=system_prompt,
        agent_type=kind[:64],
    )
    rationale = (
        f"kind {kind!r} from concepts {', '.join(concepts) or 'none'}; {tier} tier for difficulty {difficulty:.2f}"
    )
    return AgentDesign(spec=spec, kind=kind, cost_tier=tier, concepts=concepts, rationale=rationale)


def revise_agent(spec: AgentSpec, **changes: Any) -> AgentSpec:
    """A validated copy of ``spec`` with ``changes`` (any :class:`AgentSpec` field).

    Raises :class:`InvalidInput` naming the field when a change is not valid.
    """
    unknown = sorted(set(changes) - set(AgentSpec.model_fields))
    if unknown:
        raise InvalidInput(f"agents have no field(s) {', '.join(unknown)}", argument=unknown[0])
    data = spec.model_dump(include=set(AgentSpec.model_fields)) | changes
    try:
        return AgentSpec.model_validate(data)
    except ValueError as err:
        raise InvalidInput(f"invalid agent change: {err}", argument=next(iter(changes), None)) from None


def clone_agent(spec: AgentSpec, new_name: str, existing_names: Collection[str] = (), **changes: Any) -> AgentSpec:
    """A copy of ``spec`` under ``new_name`` with optional changes; raises :class:`Conflict` if the name is
    taken and :class:`InvalidInput` for invalid changes."""
    if new_name.strip().lower() in {n.lower() for n in existing_names}:
        raise Conflict(f"an agent named {new_name!r} already exists", argument="new_name")
    return revise_agent(spec, name=new_name, **changes)
