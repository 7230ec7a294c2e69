"""Templates made of literal pieces: ``"{:<8}" + "{:>10.2f}" * len(cols)``, ``" | ".join(["{}"] * len(cols))``.

Each piece is a whole template on its own (``str.format``'s parser ends it in plain text), so copies of the
pieces put end to end make no field that is not in one of them, and each piece's fields are judged where it
is written, like any string constant. What repeats a piece must be an int: a constant, or ``len(...)`` while
``len`` is the builtin (``class_rules.trusted_builtins``); a tool object's ``__rmul__`` could return any text.
"""

from __future__ import annotations

import ast
import string
from typing import Final

from genesis_mcp.safety.nodes import Add, Attribute, BinOp, Call, Constant, List, Mult, Name, Tuple

__all__ = ["template_pieces"]

_MAX_NODES: Final = 64  # a row format has a handful of pieces; a longer expression is judged as computed
_MAX_TIMES: Final = 10_000
_PARSER: Final = string.Formatter()


def template_pieces(node: ast.AST) -> list[ast.Call] | None:
    """The ``len(...)`` calls a template made of literal pieces relies on, or None when it is not one."""
    calls: list[ast.Call] = []
    pending: list[ast.AST] = [node]
    for _ in range(_MAX_NODES):
        if not pending:
            return calls
        current = pending.pop()
        found: tuple[list[ast.AST], list[ast.Call]] | None = None
        if isinstance(current, Constant):
            found = ([], []) if _whole(current.value) else None
        elif isinstance(current, BinOp) and isinstance(current.op, Add):
            found = [current.left, current.right], []
        elif isinstance(current, BinOp) and isinstance(current.op, Mult):
            found = _repeated(current)
        elif isinstance(current, Call):
            found = _joined(current)
        if found is None:
            return None
        pending += found[0]
        calls += found[1]
    return None


def _whole(text: object) -> bool:
    """A str that parses as a template on its own (every field closed, braces balanced)."""
    if not isinstance(text, str):
        return False
    try:
        for _ in _PARSER.parse(text):
            pass
    except ValueError:
        return False
    return True


def _count(node: ast.AST) -> list[ast.Call] | None:
    """An int: a small constant ([]), or ``len(x)`` ([the call]); None for anything else."""
    if isinstance(node, Constant):
        value = node.value
        return [] if type(value) is int and 0 <= value <= _MAX_TIMES else None
    if isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "len":
        return [node] if len(node.args) == 1 and not node.keywords else None
    return None


def _repeated(node: ast.BinOp) -> tuple[list[ast.AST], list[ast.Call]] | None:
    """``piece * n`` or ``n * piece``: the piece, and the calls n relies on."""
    for piece, times in ((node.left, node.right), (node.right, node.left)):
        found = _count(times)
        if found is not None:
            return [piece], found
    return None


def _joined(node: ast.Call) -> tuple[list[ast.AST], list[ast.Call]] | None:
    """``"sep".join([p, q])`` or ``"sep".join([p] * n)``: the separator and the pieces, and n's calls."""
    func = node.func
    if not isinstance(func, Attribute) or func.attr != "join" or len(node.args) != 1 or node.keywords:
        return None
    given: ast.AST = node.args[0]
    calls: list[ast.Call] = []
    if isinstance(given, BinOp) and isinstance(given.op, Mult):
        repeated = _repeated(given)
        if repeated is None:
            return None
        given, calls = repeated[0][0], repeated[1]
    if not isinstance(given, List | Tuple):
        return None
    return [func.value, *given.elts], calls
