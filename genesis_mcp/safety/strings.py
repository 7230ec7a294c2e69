"""String analysis: constant folding, suspicious string content, format fields and forward references.

Everything here is iterative and bounded, so that hostile input cannot make the checker recurse or spin.
"""

from __future__ import annotations

import ast
import re
import string
import unicodedata
from collections.abc import Callable

from genesis_mcp.safety.names import INTERNAL_DUNDERS, INTROSPECTION_ATTRIBUTES

__all__ = ["fold", "nfkc", "scan_string", "type_string_problem"]

MAX_FOLD_NODES = 256
MAX_FOLD_LENGTH = 10_000
_DUNDER_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])__([A-Za-z0-9][A-Za-z0-9_]*?)__(?![A-Za-z0-9])")
# A width or precision this long would make the folded string huge.
_WIDE = re.compile(r"\d{5,}")
_STR_METHODS: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "strip": str.strip,
    "lstrip": str.lstrip,
    "rstrip": str.rstrip,
    "title": str.title,
    "capitalize": str.capitalize,
    "swapcase": str.swapcase,
    "casefold": str.casefold,
}
_FORMATTER = string.Formatter()

Value = str | int
_FOLDABLE = (ast.Constant, ast.BinOp, ast.UnaryOp, ast.JoinedStr, ast.Subscript, ast.Call)


def nfkc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def _small_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -MAX_FOLD_LENGTH <= value <= MAX_FOLD_LENGTH


def _children(node: ast.AST) -> list[ast.AST] | None:
    """The operands ``_combine`` needs, or None when the node is not something we fold."""
    if isinstance(node, ast.Constant):
        return [] if isinstance(node.value, str) or _small_int(node.value) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Mod):
        if isinstance(node.op, ast.Mod) and isinstance(node.right, ast.Tuple):
            return [node.left, *node.right.elts]
        return [node.left, node.right]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return [node.operand]
    if isinstance(node, ast.JoinedStr):
        return list(node.values)
    if isinstance(node, ast.FormattedValue):
        return [node.value] if node.format_spec is None else [node.value, node.format_spec]
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        parts = [node.slice.lower, node.slice.upper, node.slice.step]
        return [node.value, *(p for p in parts if p is not None)]
    if isinstance(node, ast.Call) and not node.keywords:
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("chr", "str") and len(node.args) == 1:
            return list(node.args)
        if isinstance(func, ast.Attribute) and func.attr == "join" and len(node.args) == 1:
            arg = node.args[0]
            if isinstance(arg, ast.List | ast.Tuple):
                return [func.value, *arg.elts]
        if isinstance(func, ast.Attribute) and func.attr in _STR_METHODS and not node.args:
            return [func.value]
        if isinstance(func, ast.Attribute) and func.attr == "replace" and len(node.args) == 2:
            return [func.value, *node.args]
    return None


def _combine(node: ast.AST, args: list[Value]) -> Value | None:
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str | int) else None
    if isinstance(node, ast.BinOp):
        left, right = args[0], args[1:]
        if isinstance(node.op, ast.Mod):
            if not isinstance(left, str) or _WIDE.search(left):
                return None
            return left % tuple(right) if isinstance(node.right, ast.Tuple) else left % right[0]
        other = right[0]
        if isinstance(node.op, ast.Add) and type(left) is type(other):
            return left + other  # type: ignore[operator]
        if isinstance(node.op, ast.Sub) and isinstance(left, int) and isinstance(other, int):
            return left - other
        if isinstance(node.op, ast.Mult):
            if isinstance(left, int) and isinstance(other, int):
                return left * other
            text, times = (left, other) if isinstance(left, str) else (other, left)
            if isinstance(text, str) and isinstance(times, int) and len(text) * max(times, 0) <= MAX_FOLD_LENGTH:
                return text * times
        return None
    if isinstance(node, ast.UnaryOp):
        operand = args[0]
        if not isinstance(operand, int):
            return None
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.JoinedStr):
        return "".join(str(a) for a in args)
    if isinstance(node, ast.FormattedValue):
        value = args[0]
        if node.conversion == ord("r"):
            value = repr(value)
        elif node.conversion == ord("a"):
            value = ascii(value)
        if len(args) > 1:
            spec = str(args[1])
            return None if _WIDE.search(spec) else format(value, spec)
        return str(value)
    if isinstance(node, ast.Subscript):
        numbers = [a for a in args[1:] if isinstance(a, int)]
        if not isinstance(args[0], str) or len(numbers) != len(args) - 1:
            return None
        slc = node.slice
        assert isinstance(slc, ast.Slice)
        given = iter(numbers)
        lower, upper, step = (next(given) if part is not None else None for part in (slc.lower, slc.upper, slc.step))
        return args[0][lower:upper:step] if step != 0 else None
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            if func.id == "chr":
                return chr(args[0]) if isinstance(args[0], int) and 0 <= args[0] < 0x110000 else None
            return str(args[0])
        assert isinstance(func, ast.Attribute)
        if not all(isinstance(a, str) for a in args):
            return None
        texts = [str(a) for a in args]
        if func.attr == "join":
            return texts[0].join(texts[1:])
        if func.attr == "replace":
            return texts[0].replace(texts[1], texts[2])
        return _STR_METHODS[func.attr](texts[0])
    return None


def fold(node: ast.AST, memo: dict[int, Value | None] | None = None) -> str | None:
    """The string an expression always evaluates to, when it is built only from constants.

    ``memo`` (node id -> value, None for "not constant") lets one check fold nested expressions once.
    """
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if not isinstance(node, _FOLDABLE):
        return None
    results: dict[int, Value | None] = {} if memo is None else memo
    key = id(node)
    if key in results:
        known = results[key]
        return known if isinstance(known, str) else None
    stack: list[tuple[ast.AST, list[ast.AST] | None]] = [(node, None)]
    budget = MAX_FOLD_NODES
    while stack:
        current, children = stack.pop()
        if children is None:
            if id(current) in results:
                continue
            children = _children(current)
            budget -= 1
            if children is None or budget < 0:
                results[id(current)] = None
                return None
            stack.append((current, children))
            stack.extend((child, None) for child in children)
            continue
        values = [results[id(child)] for child in children]
        value: Value | None = None
        if all(v is not None for v in values):
            try:
                value = _combine(current, [v for v in values if v is not None])
            except (ValueError, TypeError, OverflowError, KeyError, IndexError):
                value = None
        if isinstance(value, str) and len(value) > MAX_FOLD_LENGTH:
            value = None
        results[id(current)] = value
        if value is None:
            return None
    result = results.get(key)
    return result if isinstance(result, str) else None


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
                if field is not None:
                    for attribute in _field_attributes(nfkc(field)):
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
    text = nfkc(text)
    if "{" in text and "." in text:
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


_TYPE_NODES = (ast.Expression, ast.Name, ast.Attribute, ast.Subscript, ast.Tuple, ast.List, ast.Load)


def type_string_problem(text: str) -> str | None:
    """Why a forward-reference string is not a plain type expression, or None when it is one."""
    pending = [text]
    for _ in range(4):
        nested: list[str] = []
        for source in pending:
            source = nfkc(source).strip()
            if not source or source.isidentifier():
                continue
            try:
                tree = ast.parse(source, mode="eval")
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue  # not an expression: typing tools fail on it, nothing runs
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant):
                    if isinstance(node.value, str):
                        nested.append(node.value)
                    continue
                if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
                    continue
                if isinstance(node, ast.BitOr):
                    continue
                if not isinstance(node, _TYPE_NODES):
                    return f"it contains {type(node).__name__.lower()} syntax"
                if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
                    return f"it reads the private attribute {node.attr!r}"
                if isinstance(node, ast.Name) and node.id.startswith("__"):
                    return f"it names {node.id!r}"
        pending = nested
        if not pending:
            return None
    return "it nests strings too deeply"
