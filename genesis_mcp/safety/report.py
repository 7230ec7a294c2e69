"""What the checker returns: a report with every finding, each with a stable rule id and a place.

Plain immutable records, not pydantic models: a report is made on every check, and validating what the
checker itself wrote cost about 7% of checking a short tool. The MCP layer turns a report into
its wire model (``server/tool_tools.py``); ``to_dict`` gives the same JSON shape everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

__all__ = ["RULES", "Finding", "Report", "Row"]

# A finding as the checker collects it: (line, col, rule, message), in the order findings are sorted by.
Row = tuple[int, int, str, str]

# Rule id -> what it catches. Ids are stable: clients and tests match on them, never on messages.
RULES: dict[str, str] = {
    "too-large": "the source is over the size limit; nothing else was checked",
    "encoding": "a coding declaration other than UTF-8, undecodable bytes or unpaired surrogates",
    "syntax-error": "the source does not parse (including null bytes)",
    "too-complex": "the source nests too deeply to parse or check",
    "checker-error": "the checker failed on this source; it is refused rather than passed",
    "nfkc-identifier": "an identifier written with compatibility characters that Python reads as another name",
    "import-not-allowed": "an import of a module outside the policy (any import form, relative imports)",
    "star-import": "`from module import *`",
    "module-attribute": "an attribute of an allowed module that the policy does not list",
    "module-as-value": "a module object assigned, passed, returned or stored instead of used by attribute",
    "module-mutation": "assigning or deleting an attribute of a module",
    "forbidden-builtin": "a builtin outside the policy (eval, exec, open, input, globals, vars, ...)",
    "dunder-name": "a dunder global such as __builtins__, __loader__ or __spec__",
    "dunder-attribute": "a dunder attribute outside the harmless set (__class__, __globals__, __dict__, ...)",
    "private-attribute": "a private attribute the tool does not define itself, or a dangerous private name",
    "introspection-attribute": "frame, code, generator, coroutine, traceback or closure-cell attributes",
    "computed-attribute-name": "getattr/setattr/hasattr/delattr/attrgetter/methodcaller without a constant "
    "safe name, or one of them used as a value",
    "dunder-string": "a string naming a dunder attribute that leads to interpreter internals",
    "format-string-attribute": "a format string whose fields walk to private, dunder or frame attributes",
    "computed-format-string": "str.format/format_map on a template built at run time",
    "string-annotation": "a string annotation or forward reference that is not a plain type expression",
    "class-machinery": "metaclasses, run-time class creation and special methods that run code implicitly",
    "decorator-not-allowed": "a decorator that is not defined by the tool, taken from an allowed module, or "
    "property/staticmethod/classmethod",
}


class Finding(NamedTuple):
    """One problem: where (1-based line, 0-based column in characters), which rule, and what to do.

    Fields in this order so that findings sort by position; a finding is also the row the walk collects.
    """

    line: int
    col: int
    rule: str  # a stable rule id, one of the keys of RULES
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "line": self.line, "col": self.col, "message": self.message}


@dataclass(frozen=True, slots=True)
class Report:
    """The checker's verdict. ``safe`` is true exactly when there are no findings."""

    safe: bool
    findings: tuple[Finding, ...] = ()

    @classmethod
    def of(cls, findings: list[Finding] | list[Row]) -> Report:
        """Findings, or the rows the walk collects (findings in all but name), deduplicated and in order."""
        if not findings:
            return _SAFE
        rows = findings if len(findings) == 1 else sorted(set(findings))
        return cls(False, tuple(map(_finding, rows)))

    def to_dict(self) -> dict[str, Any]:
        return {"safe": self.safe, "findings": [f.to_dict() for f in self.findings]}

    def describe(self, limit: int = 20) -> str:
        """A short multi-line text for an error message: one finding per line."""
        if self.safe:
            return "no findings"
        lines = [f"line {f.line}, col {f.col}: [{f.rule}] {f.message}" for f in self.findings[:limit]]
        if len(self.findings) > limit:
            lines.append(f"... and {len(self.findings) - limit} more")
        return "\n".join(lines)


_SAFE = Report(True)
_finding = partial(tuple.__new__, Finding)  # Finding._make without its interpreted frame: a row is a finding
