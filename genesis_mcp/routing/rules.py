"""Declarative routing rules (HALO): a TOML or JSON file of prioritised match -> target rules.

A rule fires when *every* condition it states holds: the task type is one of ``task_types``; each of
``keywords_all`` and at least one of ``keywords_any`` occurs in the description (compared as stemmed
words, so "invoices" matches "invoice"); the task requires every one of ``required_capabilities``.
Its target is one agent, or a capability set (the best agent that has all of them). Higher
``priority`` wins; equal priorities keep file order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, model_validator

from genesis_mcp.routing.text import tokenise
from genesis_mcp.validators import AgentName, Capabilities, TaskType

if TYPE_CHECKING:
    from genesis_mcp.routing.rulebook import RuleBook

__all__ = ["Rule", "RuleMatch", "RuleSet", "RuleTarget", "keyword_stems"]

Keyword = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
MAX_RULES = 10_000


def keyword_stems(keyword: str) -> tuple[str, ...]:
    """The stemmed words a keyword (or phrase) must show, in order."""
    return tuple(t.stem for t in tokenise(keyword))


class RuleMatch(BaseModel):
    """Conditions; all that are given must hold, and at least one must be given."""

    model_config = ConfigDict(extra="forbid")

    task_types: list[TaskType] = Field(default_factory=list, description="The task's type is one of these.")
    keywords_all: list[Keyword] = Field(default_factory=list, description="Every one occurs in the description.")
    keywords_any: list[Keyword] = Field(default_factory=list, description="At least one occurs in the description.")
    required_capabilities: Capabilities = Field(
        default_factory=list, description="The task requires every one of these capabilities."
    )

    @model_validator(mode="after")
    def _something(self) -> RuleMatch:
        if not (self.task_types or self.keywords_all or self.keywords_any or self.required_capabilities):
            raise ValueError(
                "a rule must match on something: task_types, keywords_all, keywords_any or required_capabilities"
            )
        for kw in (*self.keywords_all, *self.keywords_any):
            if not keyword_stems(kw):
                raise ValueError(f"keyword {kw!r} has only stop words; it could never match")
        return self


class RuleTarget(BaseModel):
    """Exactly one of: an agent by name, or a set of capabilities the chosen agent must have."""

    model_config = ConfigDict(extra="forbid")

    agent: AgentName | None = Field(default=None, description="Send matching tasks to this agent.")
    capabilities: Capabilities = Field(
        default_factory=list, description="Send matching tasks to the best agent that has all of these."
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> RuleTarget:
        if (self.agent is None) == (not self.capabilities):
            raise ValueError("a target names either an agent or capabilities (exactly one of them)")
        return self


class Rule(BaseModel):
    """One routing rule."""

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    priority: int = Field(default=0, ge=-1_000_000, le=1_000_000, description="Higher wins.")
    description: str = Field(default="", max_length=2000, description="Why the rule exists.")
    match: RuleMatch
    target: RuleTarget


class RuleSet(BaseModel):
    """A routing rules file."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    rules: list[Rule] = Field(default_factory=list, max_length=MAX_RULES)
    _compiled: Any = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _unique_names(self) -> RuleSet:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise ValueError(f"rule name {rule.name!r} is used more than once")
            seen.add(rule.name)
        return self

    def compiled(self) -> RuleBook:
        """This rule set indexed for matching (built once; a rule set is not changed after loading)."""
        from genesis_mcp.routing.rulebook import RuleBook

        if self._compiled is None:
            self._compiled = RuleBook(self)
        book: RuleBook = self._compiled
        return book

    def ordered(self) -> list[Rule]:
        """Rules in the order they are tried: priority high to low, then file order."""
        return [r for _, r in sorted(enumerate(self.rules), key=lambda p: (-p[1].priority, p[0]))]
