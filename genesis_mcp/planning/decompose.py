"""Turning a request into task specs: with a language model when one is configured, else by structure.

Both paths name each task's type and required capabilities with the routing concept vocabulary, so a
plan made here routes with the same words the router understands.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from genesis_mcp.errors import GenerationFailed, GenesisError, InvalidInput, TooLarge
from genesis_mcp.llm import LLMClient, LLMMessage
from genesis_mcp.planning.dag import TaskGraph
from genesis_mcp.planning.models import MAX_REQUEST, MAX_TASKS, TaskSpec
from genesis_mcp.planning.splitter import split_request
from genesis_mcp.routing.concepts import vocabulary

__all__ = ["Decomposition", "decompose", "decompose_by_structure", "infer_task_type"]

# Concepts that describe *where* work happens rather than what it is; a task type only when alone.
_CONTEXT = frozenset({"website", "email"})

_SYSTEM = """You split a user's request into a small plan of tasks for a team of agents.
Reply with JSON only, no prose: {"tasks": [{"id": "t1", "description": "...", "task_type": "...",
"required_capabilities": ["..."], "depends_on": ["..."], "parent": null}]}.
Rules: ids are short and unique; depends_on lists ids that must finish first and never forms a cycle;
parent groups a subtask under a bigger task (a parent is not a prerequisite of its subtasks); use as few
tasks as the request needs (a simple request is one task); task_type is one of: %s, or "general";
required_capabilities are lower_snake_case and may be empty."""


class Decomposition(BaseModel):
    """Task specs for a request, where they came from, and notes (e.g. why the model's reply was unused)."""

    tasks: list[TaskSpec]
    source: Literal["llm", "structure"]
    notes: list[str] = Field(default_factory=list)


def infer_task_type(description: str) -> str:
    """The concept the description signals most, preferring kinds of work over places; else "general"."""
    counts = vocabulary().concepts_in(description)
    work = {k: v for k, v in counts.items() if k not in _CONTEXT} or counts
    if not work:
        return "general"
    top = vocabulary().top_concept(description)
    best = max(work.values())
    return top if top in work and work[top] == best else min(k for k, v in work.items() if v == best)


def _check_request(request: str) -> str:
    request = request.strip()
    if not request:
        raise InvalidInput("the request is empty", argument="request")
    if len(request) > MAX_REQUEST:
        raise TooLarge(f"a request holds at most {MAX_REQUEST} characters, got {len(request)}", argument="request")
    return request


def decompose_by_structure(request: str) -> list[TaskSpec]:
    """Task specs from the request's numbered steps, bullets and clauses (see ``splitter``).

    Raises :class:`InvalidInput` for an empty request and :class:`TooLarge` above 20,000 characters.
    """
    steps = split_request(_check_request(request))[:MAX_TASKS]
    specs = []
    for i, step in enumerate(steps):
        task_type = infer_task_type(step.text)
        specs.append(
            TaskSpec(
                id=f"t{i + 1}",
                description=step.text,
                task_type=task_type,
                required_capabilities=[] if task_type == "general" else [task_type],
                depends_on=[f"t{j + 1}" for j in step.after],
                parent=None if step.parent is None else f"t{step.parent + 1}",
            )
        )
    return specs


def _parse_reply(reply: str) -> list[TaskSpec]:
    match = re.search(r"\{.*\}", reply, re.DOTALL)
    if not match:
        raise ValueError("the reply holds no JSON object")
    data: Any = json.loads(match.group(0))
    raw = data.get("tasks") if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise ValueError('the reply has no non-empty "tasks" list')
    if len(raw) > MAX_TASKS:
        raise ValueError(f"the reply has {len(raw)} tasks, more than {MAX_TASKS}")
    specs = [TaskSpec.model_validate(item) for item in raw]
    specs = [s if s.task_type else s.model_copy(update={"task_type": infer_task_type(s.description)}) for s in specs]
    TaskGraph(specs).check()
    return specs


async def decompose(request: str, llm: LLMClient | None = None) -> Decomposition:
    """Split ``request`` into task specs.

    With ``llm``, ask it for a JSON plan and validate it (fields, ids, dependencies, cycles); if the model
    is unavailable or its reply is unusable, fall back to :func:`decompose_by_structure` and say why in
    ``notes``. Raises :class:`InvalidInput` for an empty request and :class:`TooLarge` for a long one.
    """
    request = _check_request(request)
    if llm is None:
        return Decomposition(tasks=decompose_by_structure(request), source="structure")
    kinds = ", ".join(sorted(vocabulary().concepts))
    try:
        reply = await llm.complete(
            system=_SYSTEM % kinds, messages=[LLMMessage(role="user", content=request)], max_tokens=4096
        )
        return Decomposition(tasks=_parse_reply(reply), source="llm")
    except GenerationFailed as err:
        note = f"the model was unavailable ({err.message}); split by the request's structure instead"
    except (ValueError, ValidationError, GenesisError) as err:
        reason = str(err).splitlines()[0][:300]
        note = f"the model's plan was not usable ({reason}); split by the request's structure instead"
    return Decomposition(tasks=decompose_by_structure(request), source="structure", notes=[note])
