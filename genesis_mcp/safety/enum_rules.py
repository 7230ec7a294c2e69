"""Whether an Enum class of the tool surely has members, counted as ``enum`` counts them.

An Enum subclass without members may be called with a name and members (``Kind("Made", names)``) to make a
class at run time, with dunder names among the members; so a tool's Enum must have one. Enum makes no member
of a descriptor (a lambda, ``property(...)``, whatever a function of the tool returns), of ``nonmember(...)``
or of a name listed in ``_ignore_`` (however that is bound).
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.context import Context
from genesis_mcp.safety.scopes import Scope, library_name

__all__ = ["has_members"]


def has_members(ctx: Context, node: ast.ClassDef, outer: Scope) -> bool:
    body = next((s for s in ctx.class_scopes if s.node is node), outer)  # values are evaluated there
    ignored = _ignored(node, body)
    if ignored is None:
        return False
    if any(_flag_base(b) for b in node.bases):  # a Flag keeps 0 and multi-bit values as aliases, not members
        return any(_single_bit(ctx, s, ignored, body) for s in node.body)
    return any(_enum_member(ctx, s, ignored, body) for s in node.body)


def _flag_base(base: ast.expr) -> bool:
    """Flag, IntFlag or RegexFlag under any module path (a class of the tool so named counts too)."""
    head = base.value if isinstance(base, ast.Subscript) else base
    name = head.attr if isinstance(head, ast.Attribute) else head.id if isinstance(head, ast.Name) else ""
    return name in ("Flag", "IntFlag", "RegexFlag")


def _single_bit(ctx: Context, statement: ast.stmt, ignored: set[str], scope: Scope) -> bool:
    """``READ = 1``, ``WRITE = 1 << 1`` or ``EXEC = auto()``: a member a Flag keeps (a power of two)."""
    if not _enum_member(ctx, statement, ignored, scope):
        return False
    value = statement.value if isinstance(statement, ast.Assign | ast.AnnAssign) else None
    if isinstance(value, ast.Call):
        return not value.args and not value.keywords and library_name(value.func, scope) == "enum.auto"
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.LShift):
        left, right = value.left, value.right
        number = left.value if isinstance(left, ast.Constant) else None
        shift = right.value if isinstance(right, ast.Constant) else None
        return number == 1 and type(shift) is int and 0 <= shift < 64
    number = value.value if isinstance(value, ast.Constant) else None
    return type(number) is int and number > 0 and number & (number - 1) == 0


def _enum_member(ctx: Context, statement: ast.stmt, ignored: set[str], scope: Scope) -> bool:
    """``RED = 1``: a public name given a value that surely makes a member: a constant (or a tuple of them),
    ``auto()`` or ``member(...)``. Enum makes none of a descriptor (a lambda, property(...), a function), of
    ``nonmember(...)`` or of a name listed in ``_ignore_``; an Enum with no members may be called with names
    to make a class."""
    if isinstance(statement, ast.Assign):
        targets, value = statement.targets, statement.value
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        targets, value = [statement.target], statement.value
    else:
        return False
    public = any(isinstance(t, ast.Name) and not t.id.startswith("_") and t.id not in ignored for t in targets)
    return public and _member_value(ctx, value, scope)


# Calls that make a value, never a descriptor, as the builtins or imported from their modules (a property(...)
# or a function the tool wrote could return a descriptor, which Enum keeps as an attribute, not a member).
_BUILTIN_MAKERS = frozenset(
    {"range", "frozenset", "set", "tuple", "list", "dict", "str", "int", "float", "complex", "bytes", "bool"}
)
_LIBRARY_MAKERS = frozenset(
    {"enum.auto", "enum.member", "decimal.Decimal", "fractions.Fraction", "datetime.date", "datetime.datetime"}
    | {"datetime.time", "datetime.timedelta", "datetime.timezone"}
)


def _member_value(ctx: Context, value: ast.expr, scope: Scope) -> bool:
    if isinstance(value, ast.Constant | ast.JoinedStr) or ctx.fold(value) is not None:
        return True
    if isinstance(value, ast.UnaryOp) and isinstance(value.operand, ast.Constant):  # -1
        return True
    if isinstance(value, ast.BinOp):  # 1 << 3, 2 ** 10: constants make a constant
        return _member_value(ctx, value.left, scope) and _member_value(ctx, value.right, scope)
    if isinstance(value, ast.Tuple | ast.List | ast.Set):
        return all(_member_value(ctx, e, scope) for e in value.elts)
    if isinstance(value, ast.Dict):
        parts = [*value.keys, *value.values]
        return all(p is not None and _member_value(ctx, p, scope) for p in parts)
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    if isinstance(func, ast.Name) and func.id in _BUILTIN_MAKERS and not ctx.resolve(scope, func.id).bindings:
        return True
    return library_name(func, scope) in _LIBRARY_MAKERS


def _ignored(node: ast.ClassDef, body: Scope) -> set[str] | None:
    """The names an Enum's ``_ignore_`` lists (None: it lists them in a way not written out, or binds it other
    than by a plain assignment: ``_ignore_: list = [...]``, ``(_ignore_ := ...)``)."""
    found: set[str] = set()
    plain = 0
    for statement in node.body:
        if isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "_ignore_" for t in statement.targets
        ):
            value = statement.value
            plain += 1
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.update(value.value.replace(",", " ").split())
            elif isinstance(value, ast.List | ast.Tuple) and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts
            ):
                found.update(e.value for e in value.elts)  # type: ignore[attr-defined]
            else:
                return None
    if len(body.bindings.get("_ignore_", ())) > plain:
        return None
    return found
