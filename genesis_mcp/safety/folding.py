"""Constant folding: the string an expression always evaluates to, when it is built only from constants
(``"__cla" + "ss__"``, ``"".join([...])``, ``chr(95) * 2``, f-strings of constants, slices, str methods).

Iterative and bounded (``MAX_FOLD_NODES``, ``MAX_FOLD_LENGTH``), so that hostile input cannot make the
checker recurse, spin or build huge strings. Nodes are told apart by exact class: the parser makes no
subclasses.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import Any, Final

from genesis_mcp.safety.nodes import (
    Add,
    Attribute,
    BinOp,
    Call,
    Constant,
    FormattedValue,
    JoinedStr,
    List,
    Mod,
    Mult,
    Name,
    Slice,
    Sub,
    Subscript,
    Tuple,
    UAdd,
    UnaryOp,
    USub,
)

__all__ = ["FOLDABLE", "MAX_FOLD_LENGTH", "MAX_FOLD_NODES", "Value", "fold", "may_fold"]

MAX_FOLD_NODES: Final = 256
MAX_FOLD_LENGTH: Final = 10_000
# A width or precision this long would make the folded string huge.
_WIDE: Final = re.compile(r"\d{5,}")
_STR_METHODS: Final[dict[str, Callable[[str], str]]] = {
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

Value = str | int
FOLDABLE: Final = frozenset({Constant, BinOp, UnaryOp, JoinedStr, Subscript, Call})
_FOLD_OPERATORS: Final = frozenset({Add, Sub, Mult, Mod})
_SIGNS: Final = frozenset({USub, UAdd})


def _small_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -MAX_FOLD_LENGTH <= value <= MAX_FOLD_LENGTH


def _children(node: Any) -> list[ast.AST] | None:
    """The operands ``_combine`` needs, or None when the node is not something we fold."""
    kind = type(node)
    if kind is Constant:
        return [] if isinstance(node.value, str) or _small_int(node.value) else None
    if kind is BinOp:
        assert isinstance(node, BinOp)
        op = type(node.op)
        if op not in _FOLD_OPERATORS:
            return None
        if op is Mod and type(node.right) is Tuple:
            return [node.left, *node.right.elts]
        return [node.left, node.right]
    if kind is UnaryOp:
        assert isinstance(node, UnaryOp)
        return [node.operand] if type(node.op) in _SIGNS else None
    if kind is JoinedStr:
        return list(node.values)
    if kind is FormattedValue:
        assert isinstance(node, FormattedValue)
        return [node.value] if node.format_spec is None else [node.value, node.format_spec]
    if kind is Subscript:
        assert isinstance(node, Subscript)
        slc = node.slice
        if type(slc) is not Slice:
            return None
        parts = [slc.lower, slc.upper, slc.step]
        return [node.value, *(p for p in parts if p is not None)]
    if kind is Call:
        assert isinstance(node, Call)
        return None if node.keywords else _call_children(node)
    return None


def _call_children(node: ast.Call) -> list[ast.AST] | None:
    func = node.func
    if type(func) is Name:
        return list(node.args) if func.id in ("chr", "str") and len(node.args) == 1 else None
    if type(func) is not Attribute:
        return None
    method = func.attr
    if method == "join" and len(node.args) == 1:
        arg = node.args[0]
        if type(arg) is List or type(arg) is Tuple:
            return [func.value, *arg.elts]
    if method in _STR_METHODS and not node.args:
        return [func.value]
    if method == "replace" and len(node.args) == 2:
        return [func.value, *node.args]
    return None


def _combine(node: ast.AST, args: list[Value]) -> Value | None:
    if isinstance(node, Constant):
        return node.value if isinstance(node.value, str | int) else None
    if isinstance(node, BinOp):
        left, right = args[0], args[1:]
        if isinstance(node.op, Mod):
            if not isinstance(left, str) or _WIDE.search(left):
                return None
            return left % tuple(right) if isinstance(node.right, Tuple) else left % right[0]
        other = right[0]
        if isinstance(node.op, Add) and type(left) is type(other):
            return left + other  # type: ignore[operator]
        if isinstance(node.op, Sub) and isinstance(left, int) and isinstance(other, int):
            return left - other
        if isinstance(node.op, Mult):
            if isinstance(left, int) and isinstance(other, int):
                return left * other
            text, times = (left, other) if isinstance(left, str) else (other, left)
            if isinstance(text, str) and isinstance(times, int) and len(text) * max(times, 0) <= MAX_FOLD_LENGTH:
                return text * times
        return None
    if isinstance(node, UnaryOp):
        operand = args[0]
        if not isinstance(operand, int):
            return None
        return -operand if isinstance(node.op, USub) else operand
    if isinstance(node, JoinedStr):
        return "".join(str(a) for a in args)
    if isinstance(node, FormattedValue):
        value = args[0]
        if node.conversion == ord("r"):
            value = repr(value)
        elif node.conversion == ord("a"):
            value = ascii(value)
        if len(args) > 1:
            spec = str(args[1])
            return None if _WIDE.search(spec) else format(value, spec)
        return str(value)
    if isinstance(node, Subscript):
        numbers = [a for a in args[1:] if isinstance(a, int)]
        if not isinstance(args[0], str) or len(numbers) != len(args) - 1:
            return None
        slc = node.slice
        assert isinstance(slc, Slice)
        given = iter(numbers)
        lower, upper, step = (next(given) if part is not None else None for part in (slc.lower, slc.upper, slc.step))
        return args[0][lower:upper:step] if step != 0 else None
    if isinstance(node, Call):
        func = node.func
        if isinstance(func, Name):
            if func.id == "chr":
                return chr(args[0]) if isinstance(args[0], int) and 0 <= args[0] < 0x110000 else None
            return str(args[0])
        assert isinstance(func, Attribute)
        if not all(isinstance(a, str) for a in args):
            return None
        texts = [str(a) for a in args]
        if func.attr == "join":
            return texts[0].join(texts[1:])
        if func.attr == "replace":
            return texts[0].replace(texts[1], texts[2])
        return _STR_METHODS[func.attr](texts[0])
    return None


def may_fold(node: ast.JoinedStr) -> bool:
    """False when ``fold`` surely finds no constant, without leaving in its memo a value that could change
    another fold: the last field (``fold`` works from the end) shows a name or an attribute, with no spec or
    a constant one (``f"{x}"``, ``f"{x:.2f}"``)."""
    for value in reversed(node.values):
        if type(value) is FormattedValue:
            spec: Any = value.format_spec  # a JoinedStr, or None
            if spec is not None and not all(type(part) is Constant for part in spec.values):
                return True
            return type(value.value) in FOLDABLE
    return True


def fold(node: Any, memo: dict[int, Value | None] | None = None) -> str | None:
    """The string an expression always evaluates to, when it is built only from constants.

    ``memo`` (node id -> value, None for "not constant") lets one check fold nested expressions once.
    """
    kind = type(node)
    if kind is Constant:
        text = node.value
        return text if isinstance(text, str) else None
    if kind not in FOLDABLE or (kind is JoinedStr and not may_fold(node)):
        return None
    results: dict[int, Value | None] = {} if memo is None else memo
    key = id(node)
    if key in results:
        known = results[key]
        return known if isinstance(known, str) else None
    # The first step of the loop below, done here: most expressions fail at once (a call, a name).
    first = _children(node)
    if first is None:
        results[key] = None
        return None
    stack: list[tuple[ast.AST, list[ast.AST] | None]] = [(node, first)]
    stack.extend([(child, None) for child in first])
    budget = MAX_FOLD_NODES - 1
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
