"""String analysis: suspicious string content, format fields and forward references (constant folding is
in ``folding.py``).

Everything here is iterative and bounded, so that hostile input cannot make the checker recurse or spin.
"""

from __future__ import annotations

import ast
import re
import string
import unicodedata
from typing import Final

from genesis_mcp.safety.names import INTERNAL_DUNDERS, INTROSPECTION_ATTRIBUTES
from genesis_mcp.safety.nodes import (
    Attribute,
    BinOp,
    BitOr,
    Constant,
    Expression,
    List,
    Load,
    Name,
    Subscript,
    Tuple,
    descendants,
)

__all__ = ["nfkc", "scan_string", "type_string_problem"]

_DUNDER_IN_TEXT: Final = re.compile(r"(?<![A-Za-z0-9])__([A-Za-z0-9][A-Za-z0-9_]*?)__(?![A-Za-z0-9])")
_FORMATTER: Final = string.Formatter()


def nfkc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def _field_attributes(field: str) -> list[str]:
    """Attribute names a format field walks: ``"0.a[1].b"`` -> ``["a", "b"]``."""
    attributes: list[str] = []
    i, n = 0, len(field)
    while i < n and field[i] not in ".[":
        i += 1
    while i < n:
        if field[i] == ".":
            j = i + 1
            while j < n and field[j] not in ".[":
                j += 1
            attributes.append(field[i + 1 : j])
            i = j
        elif field[i] == "[":
            j = field.find("]", i)
            if j < 0:
                break
            i = j + 1
        else:
            break
    return attributes


def _format_problem(text: str) -> str | None:
    """The first unsafe attribute a format string walks to, as ``"{field}"`` text, or None."""
    pending = [text]
    for _ in range(3):  # a format spec may hold one level of nested fields
        nested: list[str] = []
        for template in pending:
            try:
                parsed = list(_FORMATTER.parse(template))
            except ValueError:
                continue
            for _literal, field, spec, _conversion in parsed:
                if field is not None:  # split as written (what str.format does) and as normalised
                    for attribute in _field_attributes(field) + _field_attributes(nfkc(field)):
                        attribute = nfkc(attribute)
                        if attribute.startswith("_") or attribute in INTROSPECTION_ATTRIBUTES:
                            return f"{{{field}}}"
                if spec and "{" in spec:
                    nested.append(spec)
        pending = nested
    return None


def scan_string(text: str) -> tuple[str, str] | None:
    """(rule, message) when a string constant looks like a way into the interpreter, else None."""
    if "__" not in text and "{" not in text and text.isascii():
        return None
    raw, text = text, nfkc(text)
    # str.format parses the text as written (only ASCII braces, dots and colons count): judge that parse,
    # and the normalised one too, so that look-alike punctuation cannot hide a field from either.
    if ("{" in raw and "." in raw) or ("{" in text and "." in text):
        field = _format_problem(raw) if "{" in raw and "." in raw else None
        if field is None and text != raw:
            field = _format_problem(text)
        if field is not None:
            return (
                "format-string-attribute",
                f"format field {field[:80]!r} walks to a private, dunder or frame attribute; use plain "
                "fields such as '{0}', '{name}' or '{row[key]}', or an f-string",
            )
    for match in _DUNDER_IN_TEXT.finditer(text):
        name = match.group(0)
        if name in INTERNAL_DUNDERS:
            return (
                "dunder-string",
                f"the string names {name!r}, an entry point into interpreter internals; tools may not "
                "build or look up such names",
            )
    return None


_TYPE_NODES: Final = (Expression, Name, Attribute, Subscript, Tuple, List, Load)


def type_string_problem(text: str) -> str | None:
    """Why a forward-reference string is not a plain type expression, or None when it is one."""
    pending = [text]
    for _ in range(4):
        nested: list[str] = []
        for source in pending:
            source = nfkc(source).strip()
            if source.startswith("*"):  # typing.ForwardRef compiles "*X" as (*X,)[0]: X runs
                source = source[1:].strip()
            if not source or source.isidentifier():
                continue
            try:
                tree = ast.parse(source, mode="eval")
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                return "it is not an expression"  # what typing makes of it is not ours to guess
            for node in descendants(tree):
                if isinstance(node, Constant):
                    if isinstance(node.value, str):
                        nested.append(node.value)
                    continue
                if isinstance(node, BinOp) and isinstance(node.op, BitOr):
                    continue
                if isinstance(node, BitOr):
                    continue
                if not isinstance(node, _TYPE_NODES):
                    return f"it contains {type(node).__name__.lower()} syntax"
                if isinstance(node, Attribute) and node.attr.startswith("_"):
                    return f"it reads the private attribute {node.attr!r}"
                if isinstance(node, Name) and node.id.startswith("__"):
                    return f"it names {node.id!r}"
        pending = nested
        if not pending:
            return None
    return "it nests strings too deeply"
