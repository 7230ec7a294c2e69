"""The prompts that ask a model for a tool: one structured JSON reply, and the retry with what went wrong."""

from __future__ import annotations

__all__ = ["ALLOWED_MODULES", "MAX_FEEDBACK_CHARS", "SYSTEM_PROMPT", "feedback_prompt", "task_prompt"]

ALLOWED_MODULES = (
    "json, csv, io (StringIO only), re, math, statistics, datetime, decimal, fractions, collections, itertools, "
    "functools, typing, dataclasses, enum, string (not Formatter), textwrap, unicodedata, difflib, heapq, bisect, "
    "copy, html, calendar, operator (not attrgetter or methodcaller)"
)
MAX_FEEDBACK_CHARS = 8000

SYSTEM_PROMPT = f"""\
You write one small, self-contained Python 3.11 tool for an MCP server. The server checks the code with a \
strict static allowlist, runs its tests in a sandbox and then exposes the entry function as a tool.

Reply with ONE JSON object and nothing else (no prose, no code fences):
{{"name": "...", "description": "...", "entry": "...", "source": "...", "tests": [...]}}

name: lower_snake_case matching ^[a-z][a-z0-9_]{{2,39}}$, saying what the tool does (e.g. "convert_miles_to_km").
description: one or two sentences (at most 300 characters): what the tool does, its inputs and its output.
entry: the name of the one public function the server calls. Every other top-level function or constant \
starts with "_".
source: the complete module as a JSON string (newlines escaped as \\n):
- A module docstring, and a docstring on the entry function saying what it returns and what it raises.
- The entry function takes named parameters only (no *args, **kwargs or positional-only parameters). Every \
parameter and the return value have a type hint built only from: int, float, str, bool, None, list[T], \
dict[str, T], Any (from typing), X | None (or Optional[X]), Literal[...]. The server derives the tool's input \
and output JSON Schemas from these hints. Defaults must be literals.
- Import only these standard-library modules: {ALLOWED_MODULES}. Nothing else, not even other stdlib modules.
- No I/O of any kind: no open, print, input, files, network, environment variables, subprocesses, clocks, \
sleeping or randomness.
- No eval, exec, compile, __import__, getattr, setattr, delattr, vars, globals, locals, type() with three \
arguments; no attribute whose name starts with "_" on any object (no dunders); no str.format or format_map \
(use f-strings); no metaclasses, __init_subclass__, __del__ or __getattr__.
- Validate the inputs: raise ValueError with a clear message on bad input (wrong type, out of range, malformed).
- Return only JSON values (dict with string keys, list, str, int, float, bool, None); never NaN or Infinity. \
Round floats (e.g. round(x, 6)) so results are exact.
- Keep it short and readable: plain functions, no classes unless they make the code simpler.
tests: 3 to 6 cases, each {{"args": {{...}}, "expected": <JSON value>}} or {{"args": {{...}}, "error": "ValueError"}}. \
"args" are keyword arguments of the entry function and must match its type hints. "expected" is compared \
exactly with the JSON of the return value (1 is not 1.0, key order does not matter), so work each value out \
carefully. Include at least one ValueError case and one edge case.
"""


def task_prompt(task: str, name: str | None) -> str:
    """The first user message: the task, and the name to use if the caller chose one."""
    naming = f'Name the tool "{name}".' if name else "Choose the tool's name."
    return f"Write a tool for this task:\n\n{task}\n\n{naming} Reply with the JSON object only."


def feedback_prompt(feedback: str | None) -> str:
    """The retry message after a failed draft: the checker's findings and failed tests, verbatim."""
    details = (feedback or "").strip()[:MAX_FEEDBACK_CHARS] or "(no details were given)"
    return (
        "That tool was rejected. The safety checker and the sandboxed tests reported:\n\n"
        f"{details}\n\n"
        "Fix the source, or the tests if their expected values were wrong, keeping the same entry function. "
        "Reply with the complete corrected JSON object only."
    )
