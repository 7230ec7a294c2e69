"""Draft a :class:`ToolSpec` for a task: written by a model when one is configured, else from a template.

The model is asked for one JSON object (name, description, entry, source, tests). A reply that cannot be
used raises :class:`GenerationFailed` saying what was wrong; ``details["feedback"]`` is text the caller can
pass back as ``feedback`` on its one retry, together with the checker's findings and the failed tests.
Nothing here runs the generated code.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NoReturn

from pydantic import ValidationError

from genesis_mcp.errors import GenerationFailed, InvalidInput, TooLarge
from genesis_mcp.llm import LLMClient, LLMMessage
from genesis_mcp.toolsmith.prompts import SYSTEM_PROMPT, feedback_prompt, task_prompt
from genesis_mcp.toolsmith.signature import read_signature
from genesis_mcp.toolsmith.spec import NAME_PATTERN, Provenance, ToolSpec
from genesis_mcp.toolsmith.templates import DEFAULT_TEMPLATES, MIN_SCORE, Template, best_template
from genesis_mcp.toolsmith.templates.base import word_set

__all__ = ["MAX_TASK_CHARS", "NO_TEMPLATE_MESSAGE", "Generator", "parse_reply", "suggest_name"]

MAX_TASK_CHARS = 4000
NO_TEMPLATE_MESSAGE = (
    "no model configured and no template fits this task; set ANTHROPIC_API_KEY or write the tool yourself "
    "with create_tool"
)
_NAME = re.compile(NAME_PATTERN)


class Generator:
    """Turns a task description into a :class:`ToolSpec` (not yet checked, tested or stored).

    With ``llm`` the model writes the tool; without it (or with ``prefer_templates`` and a template that
    fits) the best template scoring at least ``min_template_score`` renders it.
    """

    def __init__(
        self,
        llm: LLMClient | None,
        templates: Sequence[Template] = DEFAULT_TEMPLATES,
        *,
        min_template_score: float = MIN_SCORE,
        prefer_templates: bool = False,
        max_tokens: int = 8192,
    ) -> None:
        self.llm = llm
        self.templates = tuple(templates)
        self.min_template_score = min_template_score
        self.prefer_templates = prefer_templates
        self.max_tokens = max_tokens

    async def draft(
        self,
        task_description: str,
        name: str | None = None,
        *,
        feedback: str | None = None,
        previous: ToolSpec | None = None,
    ) -> ToolSpec:
        """A tool for ``task_description``, named ``name`` (or a name derived from the task).

        ``feedback`` and ``previous`` describe a failed earlier draft; the model is shown both so it can
        fix its code (templates are deterministic and ignore them).
        Raises InvalidInput for an empty or malformed task or name, TooLarge for a task over
        MAX_TASK_CHARS, and GenerationFailed when the model fails or no template fits.
        """
        task = _check_task(task_description)
        if name is not None and not _NAME.match(name):
            raise InvalidInput(f"name {name[:60]!r} must match {NAME_PATTERN}", argument="name")
        if self.llm is None or self.prefer_templates:
            chosen = best_template(task, self.templates, min_score=self.min_template_score)
            if chosen is not None:
                return _render(chosen[0], task, name or suggest_name(task))
            if self.llm is None:
                raise GenerationFailed(NO_TEMPLATE_MESSAGE)
        return await self._from_model(self.llm, task, name, feedback, previous)

    async def _from_model(
        self, llm: LLMClient, task: str, name: str | None, feedback: str | None, previous: ToolSpec | None
    ) -> ToolSpec:
        messages = [LLMMessage(role="user", content=task_prompt(task, name))]
        if previous is not None:
            messages.append(LLMMessage(role="assistant", content=_as_reply(previous)))
            messages.append(LLMMessage(role="user", content=feedback_prompt(feedback)))
        elif feedback:
            messages[0] = LLMMessage(role="user", content=messages[0].content + "\n\n" + feedback_prompt(feedback))
        digest = hashlib.sha256(
            json.dumps(
                {"system": SYSTEM_PROMPT, "messages": [m.model_dump() for m in messages]},
                sort_keys=True,
                ensure_ascii=False,
            ).encode()
        ).hexdigest()
        reply = await llm.complete(system=SYSTEM_PROMPT, messages=messages, max_tokens=self.max_tokens)
        return parse_reply(reply, task=task, name=name, model=llm.model, prompt_digest=digest)


def _check_task(task_description: str) -> str:
    task = " ".join(str(task_description).split())
    if not task:
        raise InvalidInput("task_description is empty; say what the tool should do", argument="task_description")
    if len(task) > MAX_TASK_CHARS:
        raise TooLarge(
            f"task_description is {len(task)} characters; the limit is {MAX_TASK_CHARS}", argument="task_description"
        )
    return task


def _render(template: Template, task: str, name: str) -> ToolSpec:
    try:
        return template.render(task, name)
    except (ValueError, KeyError) as exc:  # a template bug must not look like a model failure
        raise GenerationFailed(f"template {template.id!r} could not render this task: {exc}") from exc


def _as_reply(spec: ToolSpec) -> str:
    """A previous draft as the JSON reply the model would have written."""
    tests = [t.model_dump(exclude_unset=True) for t in spec.tests]
    body = {
        "name": spec.name,
        "description": spec.description,
        "entry": spec.entry,
        "source": spec.source,
        "tests": tests,
    }
    return json.dumps(body, ensure_ascii=False, indent=1)


_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n(.*?)```", re.S)


def _json_object(reply: str) -> dict[str, Any] | None:
    """The tool object in a reply: a fenced JSON block, else the first decodable object with a source."""
    candidates = [body for lang, body in _FENCE.findall(reply) if lang.lower() in ("", "json")]
    for body in candidates:
        try:
            found = json.loads(body)
        except json.JSONDecodeError:
            continue
        if isinstance(found, dict):
            return found
    decoder = json.JSONDecoder()
    first: dict[str, Any] | None = None
    for start in [m.start() for m in re.finditer(r"\{", reply)][:200]:
        try:
            found, _ = decoder.raw_decode(reply, start)
        except json.JSONDecodeError:
            continue
        if isinstance(found, dict):
            if "source" in found:
                return found
            first = first or found
    return first


def _unfence(source: str) -> str:
    match = re.fullmatch(r"\s*```[ \t]*(?:python|py)?[ \t]*\n(.*?)```\s*", source, re.S)
    return match.group(1) if match else source


def parse_reply(reply: str, *, task: str, name: str | None, model: str, prompt_digest: str) -> ToolSpec:
    """Validate a model's reply into a :class:`ToolSpec`; raises GenerationFailed saying what is wrong.

    A caller-given ``name`` wins over the model's; a missing or malformed model name is replaced by one
    derived from the task.
    """
    obj = _json_object(reply)
    if obj is None:
        _fail("the reply contains no JSON object", reply)
    source = obj.get("source")
    if not isinstance(source, str) or not source.strip():
        python = [body for lang, body in _FENCE.findall(reply) if lang.lower() in ("python", "py")]
        if not python:
            _fail("the JSON object has no 'source' string", reply)
        source = python[0]
    source = _unfence(source)
    proposed = obj.get("name")
    chosen = name or (proposed if isinstance(proposed, str) and _NAME.match(proposed) else suggest_name(task))
    description = obj.get("description")
    if not isinstance(description, str) or not description.strip():
        description = task[:300]
    entry = obj.get("entry") if isinstance(obj.get("entry"), str) and obj.get("entry") else None
    tests = obj.get("tests")
    if not isinstance(tests, list) or not tests:
        _fail("the JSON object has no 'tests' list; give 3 to 6 test cases", reply)
    try:
        spec = ToolSpec(
            name=chosen,
            description=description[:2000],
            source=source,
            entry=entry,
            tests=tests,
            provenance=Provenance(
                author=f"model:{model}", model=model, prompt_digest=prompt_digest, created_at=datetime.now(UTC)
            ),
        )
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:8])
        _fail(f"the tool is not a valid spec: {problems}", reply)
    try:
        ast.parse(spec.source)
    except SyntaxError as exc:
        _fail(f"the source does not parse: line {exc.lineno}: {exc.msg}", reply)
    try:
        read_signature(spec.source, spec.name, spec.entry)
    except InvalidInput as exc:
        _fail(f"the entry function cannot be served: {exc.message}", reply)
    return spec


def _fail(problem: str, reply: str) -> NoReturn:
    raise GenerationFailed(
        f"the model's reply is not usable: {problem}",
        details={"feedback": problem, "reply_start": reply[:500]},
    )


_FILLER = word_set(
    """a an the please write create make build generate implement need want tool function that which who
    will can could should would i me my we our you your is are be it its of from in on at for with into and
    or all any some each every this these those given simple small new take takes return returns what how"""
)
_CONNECTORS = frozenset({"to", "per", "by"})
# Long unit words shortened so names stay readable within 40 characters.
_SHORT = {
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "kilograms": "kg",
    "kilogram": "kg",
    "pounds": "lb",
    "centimetres": "cm",
    "centimeters": "cm",
    "millimetres": "mm",
    "millimeters": "mm",
    "gigabytes": "gb",
    "megabytes": "mb",
}


def suggest_name(task: str) -> str:
    """A valid tool name from a task: its first content words in snake_case ("convert_miles_to_km")."""
    plain = unicodedata.normalize("NFKD", task).encode("ascii", "ignore").decode().lower()
    words = [_SHORT.get(w, w) for w in re.findall(r"[a-z0-9]+", plain) if w not in _FILLER]
    while words and words[0] in _CONNECTORS:
        words.pop(0)
    kept: list[str] = []
    content = 0
    for word in words:
        if content >= 4 or len("_".join([*kept, word])) > 40:
            break
        kept.append(word)
        content += word not in _CONNECTORS
    while kept and kept[-1] in _CONNECTORS:
        kept.pop()
    name = "_".join(kept)
    if name and not name[0].isalpha():
        name = f"tool_{name}"[:40].rstrip("_")
    return name if _NAME.match(name) else "generated_tool"
