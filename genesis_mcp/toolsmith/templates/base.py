"""What every template shares: cue-based matching, safe embedding of parameters, and the spec it returns.

A template's generated source is a plain string constant with ``$placeholders`` filled by
:func:`fill`; every value taken from the user's text goes in through :func:`literal` (``repr`` of a
checked str/int/float/bool/None/list/dict), never as raw text, so a task description cannot inject code.
Generated code uses only pure standard-library modules and no dunder attributes, ``getattr``, ``eval``,
``open`` or ``str.format`` (the safety checker's allowlist), and raises ``ValueError`` on bad input.
"""

from __future__ import annotations

import math
import re
import string
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from genesis_mcp.toolsmith.similarity import stem
from genesis_mcp.toolsmith.spec import Provenance, TestCase, ToolSpec

__all__ = [
    "Cue",
    "Template",
    "fill",
    "is_field_name",
    "literal",
    "make_spec",
    "mentions",
    "quoted_names",
    "task_text",
    "task_tokens",
    "word_set",
]

_RAW_WORD = re.compile(r"[a-z0-9]+")
_QUOTED = re.compile(r"\"([^\"\n]{1,64})\"|'([^'\n]{1,64})'|`([^`\n]{1,64})`|“([^”\n]{1,64})”")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,63}$")


def is_field_name(text: str) -> bool:
    """A name from the user's text that may become a default value: field-like, and never dunder-ish
    (the safety checker refuses any string naming interpreter internals, so the template drops it)."""
    return bool(_IDENTIFIER.match(text)) and "__" not in text


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (for writing word lists as one string)."""
    return frozenset(text.split())


def task_tokens(task: str) -> list[str]:
    """Lower-case, stemmed words of a task, stop words kept (templates need "to", "by", "per")."""
    return [stem(w) for w in _RAW_WORD.findall(task.lower().replace("e-mail", "email"))]


def task_text(task: str) -> str:
    """The task's stemmed words joined by single spaces, padded, for phrase lookups like ``" group by "``."""
    return " " + " ".join(task_tokens(task)) + " "


def mentions(text: str, *phrases: str) -> bool:
    """Whether :func:`task_text` output ``text`` contains any of ``phrases`` (stemmed the same way)."""
    return any(f" {_stem_phrase(p)} " in text for p in phrases)


def quoted_names(task: str) -> list[str]:
    """Field-like names the user quoted (``"id"``, ```email```), in order, deduplicated."""
    seen: dict[str, None] = {}
    for groups in _QUOTED.findall(task):
        clean = "".join(groups).strip()
        if is_field_name(clean):
            seen[clean] = None
    return list(seen)


@dataclass(frozen=True)
class Cue:
    """A group of alternative words or phrases; the group adds ``weight`` once if any of them occurs."""

    weight: float
    words: tuple[str, ...]

    def hits(self, text: str) -> bool:
        return any(f" {_stem_phrase(w)} " in text for w in self.words)


def _stem_phrase(phrase: str) -> str:
    return " ".join(task_tokens(phrase))


class Template(ABC):
    """A parametrised tool: ``match`` scores a task 0..1, ``render`` turns it into a :class:`ToolSpec`."""

    id: ClassVar[str]
    description: ClassVar[str]
    keywords: ClassVar[tuple[str, ...]] = ()
    cues: ClassVar[tuple[Cue, ...]] = ()

    def match(self, task_description: str) -> float:
        """Sum of the weights of the cue groups that occur in the task, capped at 1."""
        text = task_text(task_description)
        return min(1.0, sum(cue.weight for cue in self.cues if cue.hits(text)))

    @abstractmethod
    def render(self, task_description: str, name: str) -> ToolSpec:
        """The tool for this task, named ``name``; parameters come from the task's words."""

    def __repr__(self) -> str:
        return f"<template {self.id}>"


def literal(value: Any) -> str:
    """Python source for a JSON-like value; refuses anything whose ``repr`` is not a plain literal."""
    _check_literal(value, depth=0)
    return repr(value)


def _check_literal(value: Any, depth: int) -> None:
    if depth > 8:
        raise ValueError("parameter nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("parameter is not a finite number")
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check_literal(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("parameter dict keys must be strings")
            _check_literal(item, depth + 1)
        return
    raise ValueError(f"cannot embed a {type(value).__name__} parameter")


def fill(source: str, **params: str) -> str:
    """``string.Template`` substitution that fails on a missing or unused placeholder."""
    template = string.Template(source)
    wanted = set(template.get_identifiers())
    if wanted != set(params):
        raise KeyError(f"placeholders {sorted(wanted)} but parameters {sorted(params)}")
    return template.substitute(params)


def make_spec(
    template_id: str,
    *,
    name: str,
    description: str,
    source: str,
    entry: str,
    tests: Sequence[dict[str, Any]],
) -> ToolSpec:
    """The :class:`ToolSpec` a template returns, with ``template:<id>`` provenance."""
    return ToolSpec(
        name=name,
        description=description,
        source=source,
        entry=entry,
        tests=[TestCase.model_validate(t) for t in tests],
        provenance=Provenance(author=f"template:{template_id}"),
    )
