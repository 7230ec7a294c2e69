"""The deterministic decomposer: a request's own structure becomes a task DAG.

* numbered steps (``1.``, ``1)``, ``Step 1:``) run in order, each after the previous one;
* bullets (``-``, ``*``, ``•``) are parallel, after the preceding step; bullets indented under a step
  become its subtasks; a line ending in ``:`` before a list becomes the parent of the list;
* in prose, sentences and "then" / "after that" / "finally" clauses run in order, while clauses joined
  by "and", ";" or "," that each start with a verb run in parallel;
* a sentence that does not start with a verb adds detail to the task before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from genesis_mcp.planning.models import MAX_DESCRIPTION
from genesis_mcp.routing.text import words

__all__ = ["Step", "split_request"]

_NUMBERED = re.compile(r"^(\s*)(?:step\s*)?(\d{1,3})\s*[.):]\s+(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^(\s*)[-*•]\s+(.*)$")
_SEQUENCE = re.compile(
    r"(?:[,;.]?\s+|^)(?:and\s+)?(?:then|after\s+that|afterwards|after\s+this|next|finally|lastly|"
    r"once\s+(?:that\s+is|that's|this\s+is|it\s+is)\s+done)\s*,?\s+",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_PARALLEL = re.compile(r"\s*;\s*|,\s*(?:and\s+)?|\s+and\s+(?:also\s+)?", re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:please|can you|could you|i need you to|i want you to|we need to|you should)\s+", re.I)


def _wordlist(text: str) -> list[str]:
    return text.split()


# Imperative verbs that start a task. A clause starting with one of these is a task of its own.
_VERBS = frozenset(
    _wordlist(
        """add analyse analyze answer archive assess audit automate back backfill benchmark book build
    calculate check clean collect compare compile compose compute configure convert create crawl cut
    debug decide define deliver deploy design detect determine develop document download draft email
    estimate evaluate export extract fetch file find fix forecast gather generate get harden identify
    implement import improve install integrate investigate label launch list load localise localize make
    map measure merge migrate model monitor move notify optimise optimize organise organize outline
    parse patch plan plot post prepare present price produce profile promote prototype provision publish
    pull push put query rank read rebuild record refactor refund release remove rename render reply
    report research resolve restore review rewrite roll run scan schedule scrape search secure send set
    ship sketch sort split store summarise summarize survey sync tag test track train transcribe
    transform translate tune update upgrade upload validate verify visualise visualize watch write"""
    )
)


@dataclass
class Step:
    """A task found in the request, before ids are assigned."""

    text: str
    after: list[int] = field(default_factory=list)  # indexes of steps it depends on
    parent: int | None = None


def _clean(text: str) -> str:
    text = _LEAD_IN.sub("", text.strip().strip(",;").strip())
    text = text[:1].upper() + text[1:]
    return text[:MAX_DESCRIPTION]


def _starts_with_verb(text: str) -> bool:
    ws = words(_LEAD_IN.sub("", text.strip()))
    return bool(ws) and ws[0] in _VERBS


def _parallel_clauses(sentence: str) -> list[str]:
    parts = [p for p in _PARALLEL.split(sentence) if p and p.strip()]
    if len(parts) <= 1:
        return [sentence]
    # Split only where the next part starts with a verb: "scrape prices and reviews" stays one task.
    out = [parts[0]]
    for p in parts[1:]:
        if _starts_with_verb(p) and _starts_with_verb(out[0]):
            out.append(p)
        else:
            out[-1] = f"{out[-1]} and {p}" if not out[-1].endswith(",") else f"{out[-1]} {p}"
    return out


def _prose(text: str, steps: list[Step], after: list[int], parent: int | None) -> list[int]:
    """Add the tasks of a prose passage; returns the indexes a following step should wait for."""
    previous = after
    for sentence in _SENTENCE.split(text.strip()):
        sentence = sentence.strip().rstrip(".!")
        if not sentence:
            continue
        for k, segment in enumerate(s for s in _SEQUENCE.split(sentence) if s and s.strip()):
            clauses = _parallel_clauses(segment)
            if k == 0 and steps and previous and not _starts_with_verb(clauses[0]) and len(steps) > len(after):
                steps[-1].text = f"{steps[-1].text}. {_clean(segment)}"[:MAX_DESCRIPTION]
                continue
            group = []
            for clause in clauses:
                if _clean(clause):
                    steps.append(Step(_clean(clause), list(previous), parent))
                    group.append(len(steps) - 1)
            previous = group or previous
    return previous


def split_request(request: str) -> list[Step]:
    """The steps of ``request`` with their ordering and hierarchy; at least one step for non-empty text."""
    lines = [ln for ln in request.splitlines() if ln.strip()]
    listed = [ln for ln in lines if _NUMBERED.match(ln) or _BULLET.match(ln)]
    steps: list[Step] = []
    if not listed:
        _prose(" ".join(ln.strip() for ln in lines), steps, [], None)
        return steps or [Step(_clean(request))]
    previous: list[int] = []  # what the next sequential step waits for
    header: int | None = None  # a "...:" line that becomes the parent of the list under it
    outer: tuple[int, int] | None = None  # (indent, index) of the last top-level item
    bullets: list[int] = []
    for line in lines:
        numbered, bullet = _NUMBERED.match(line), _BULLET.match(line)
        if not numbered and not bullet:
            if line.rstrip().endswith(":"):
                steps.append(Step(_clean(line.rstrip()[:-1]), list(previous)))
                header = len(steps) - 1
                previous, outer, bullets = [], None, []
            else:
                previous = _prose(line, steps, bullets or previous, header)
                bullets = []
            continue
        indent = len((numbered or bullet).group(1))  # type: ignore[union-attr]
        text = _clean(numbered.group(3) if numbered else bullet.group(2))  # type: ignore[union-attr]
        if outer is not None and indent > outer[0]:  # an indented item: a subtask of the item above
            steps.append(Step(text, [], outer[1]))
            if numbered and len(steps) - 2 > outer[1]:
                steps[-1].after = [len(steps) - 2]
            continue
        if bullets and numbered:
            previous = bullets
        if numbered:
            steps.append(Step(text, list(previous), header))
            previous, bullets = [len(steps) - 1], []
        else:
            steps.append(Step(text, list(previous), header))
            bullets.append(len(steps) - 1)
        outer = (indent, len(steps) - 1)
    return steps
