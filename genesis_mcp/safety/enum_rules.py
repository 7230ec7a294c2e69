"""Whether an Enum class of the tool surely has members, counted as ``enum`` counts them.

An Enum subclass without members may be called with a name and members (``Kind("Made", names)``) to make a
class at run time, with dunder names among the members; so a tool's Enum must have one. Enum makes no member
of a descriptor (a lambda, ``property(...)``, whatever a function of the tool returns), of ``nonmember(...)``
or of a name listed in ``_ignore_`` (however that is bound).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Context
from genesis_mcp.safety.nodes import (
    AnnAssign,
    Assign,
    Attribute,
    BinOp,
    Call,
    ClassDef,
    Constant,
    Dict,
    JoinedStr,
    List,
    LShift,
    Name,
    Set,
    Starred,
    Subscript,
    Tuple,
    UnaryOp,
)
from genesis_mcp.safety.scopes import Kind, Scope, library_name

__all__ = ["enum_member", "has_members", "library_bases"]


def has_members(ctx: Context, node: ast.ClassDef, outer: Scope) -> bool:
    body = next((s for s in ctx.class_scopes if s.node is node), outer)  # values are evaluated there
    ignored = _ignored(node, body)
    if ignored is None:
        return False
    if any(_flag_base(b, outer) for b in node.bases):  # a Flag keeps 0 and multi-bit values as aliases
        # a __new__ of its own or of a mixin may give any value to any member
        plain = "__new__" not in body.bindings and library_bases(node, body)
        return plain and any(_single_bit(ctx, s, ignored, body) for s in node.body)
    return any(_enum_member(ctx, s, ignored, body) for s in node.body)


_FLAGS: Final = ("Flag", "IntFlag", "RegexFlag")


def enum_member(ctx: Context, scope: Scope, owner: str, attr: str) -> bool:
    """``Color.RED``: ``owner`` is only ever one undecorated Enum class statement of the tool, whose body
    binds ``attr`` only to values that make members (an alias, 0 or several bits in a Flag, is a member
    too): an object of the class, never a class or a function."""
    if not scope.resolve(owner).only(Kind.CLASS) or owner not in ctx.enum_classes:
        return False
    named = ctx.classes_named(owner)
    if len(named) != 1 or not isinstance(named[0].node, ClassDef) or named[0].node.decorator_list:
        return False
    body, node = named[0], named[0].node
    if "__new__" in body.bindings or not library_bases(node, body):
        return False  # a __new__ (its own or a mixin's) makes the member of anything it returns
    ignored = _ignored(node, body)
    binders = [s for s in node.body if attr in _targets(s)]
    return (
        ignored is not None
        and bool(binders)
        and len(body.bindings.get(attr, ())) == len(binders)
        and all(_enum_member(ctx, s, ignored, body) for s in binders)
    )


def library_bases(node: ast.ClassDef, body: Scope) -> bool:
    """Every base is a library or builtin class (Enum, IntEnum, str...), none of the tool's."""
    outer = body.parent
    for base in node.bases:
        head = base.value if isinstance(base, Subscript) else base
        if outer is None or (library_name(head, outer) is None and not _builtin(head, outer)):
            return False
    return True


def _builtin(head: ast.expr, outer: Scope) -> bool:
    return isinstance(head, Name) and not outer.resolve(head.id).bindings


def _targets(statement: ast.stmt) -> list[str]:
    if isinstance(statement, Assign):
        return [t.id for t in statement.targets if isinstance(t, Name)]
    if isinstance(statement, AnnAssign) and isinstance(statement.target, Name):
        return [statement.target.id]
    return []


def _flag_base(base: ast.expr, outer: Scope) -> bool:
    """Flag, IntFlag or RegexFlag under any module path or import alias (a class of the tool so named counts
    too, and so does any base that is not surely a plain Enum)."""
    head = base.value if isinstance(base, Subscript) else base
    name = head.attr if isinstance(head, Attribute) else head.id if isinstance(head, Name) else ""
    qualname = library_name(head, outer)
    return name in _FLAGS or (qualname is not None and qualname.rpartition(".")[2] in _FLAGS)


def _single_bit(ctx: Context, statement: ast.stmt, ignored: set[str], scope: Scope) -> bool:
    """``READ = 1``, ``WRITE = 1 << 1`` or ``EXEC = auto()``: a member a Flag keeps (a power of two)."""
    if not _enum_member(ctx, statement, ignored, scope):
        return False
    value = statement.value if isinstance(statement, Assign | AnnAssign) else None
    if isinstance(value, Call):  # auto(): one bit, unless the class computes values of its own
        own_values = "_generate_next_value_" in scope.bindings or "__new__" in scope.bindings
        auto = not value.args and not value.keywords and library_name(value.func, scope) == "enum.auto"
        return auto and not own_values
    if isinstance(value, BinOp) and isinstance(value.op, LShift):
        left, right = value.left, value.right
        number = left.value if isinstance(left, Constant) else None
        shift = right.value if isinstance(right, Constant) else None
        return number == 1 and type(shift) is int and 0 <= shift < 64
    number = value.value if isinstance(value, Constant) else None
    return type(number) is int and number > 0 and number & (number - 1) == 0


def _enum_member(ctx: Context, statement: ast.stmt, ignored: set[str], scope: Scope) -> bool:
    """``RED = 1``: a public name given a value that surely makes a member: a constant, a display,
    ``auto()`` or ``member(...)``. Enum makes none of a descriptor (a lambda, property(...), a function), of
    ``nonmember(...)`` or of a name listed in ``_ignore_``; an Enum with no members may be called with names
    to make a class."""
    if isinstance(statement, Assign):
        targets, value = statement.targets, statement.value
    elif isinstance(statement, AnnAssign) and statement.value is not None:
        targets, value = [statement.target], statement.value
    else:
        return False
    public = any(isinstance(t, Name) and not t.id.startswith("_") and t.id not in ignored for t in targets)
    return public and _member_value(ctx, value, scope)


# Calls that make a value, never a descriptor, as the builtins or imported from their modules (a property(...)
# or a function the tool wrote could return a descriptor, which Enum keeps as an attribute, not a member).
_BUILTIN_MAKERS: Final = frozenset(
    {"range", "frozenset", "set", "tuple", "list", "dict", "str", "int", "float", "complex", "bytes", "bool"}
)
_LIBRARY_MAKERS: Final = frozenset(
    {"enum.auto", "enum.member", "decimal.Decimal", "fractions.Fraction", "datetime.date", "datetime.datetime"}
    | {"datetime.time", "datetime.timedelta", "datetime.timezone"}
)


def _member_value(ctx: Context, value: ast.expr, scope: Scope) -> bool:
    if isinstance(value, Constant | JoinedStr) or ctx.fold(value) is not None:
        return True
    if isinstance(value, UnaryOp) and isinstance(value.operand, Constant):  # -1
        return True
    if isinstance(value, BinOp):  # 1 << 3, READ | WRITE: constants make a constant
        return _constant_operand(ctx, value.left, scope, 0) and _constant_operand(ctx, value.right, scope, 0)
    if isinstance(value, Tuple | List | Set | Dict):  # a display makes a builtin container,
        return True  # never a descriptor, whatever it holds: GUEST = ("guest", Permission.READ)
    if not isinstance(value, Call):
        return False
    func = value.func
    if isinstance(func, Name) and func.id in _BUILTIN_MAKERS and not ctx.resolve(scope, func.id).bindings:
        # of constants only: str(x) returns what x.__str__ makes, a str subclass that may be a descriptor
        given = [*value.args, *(k.value for k in value.keywords)]
        return all(not isinstance(a, Starred) and _member_value(ctx, a, scope) for a in given)
    return library_name(func, scope) in _LIBRARY_MAKERS


def _constant_operand(ctx: Context, value: ast.expr, scope: Scope, depth: int) -> bool:
    """A constant, an operation on constants, or a name the class body binds only to such (``READ`` in
    ``EDITOR = READ | WRITE`` is still the int the body gave it when that line runs)."""
    if isinstance(value, Constant) or (isinstance(value, UnaryOp) and isinstance(value.operand, Constant)):
        return True
    if depth > 8:
        return False
    if isinstance(value, BinOp):
        return _constant_operand(ctx, value.left, scope, depth + 1) and _constant_operand(
            ctx, value.right, scope, depth + 1
        )
    node = scope.node
    if not isinstance(value, Name) or not isinstance(node, ClassDef):
        return False
    binders = [s for s in node.body if value.id in _targets(s)]
    return (
        bool(binders)
        and len(scope.bindings.get(value.id, ())) == len(binders)
        and all(s.end_lineno is not None and s.end_lineno < value.lineno for s in binders)  # bound before it
        and all(isinstance(s, Assign) and _constant_operand(ctx, s.value, scope, depth + 1) for s in binders)
    )


def _ignored(node: ast.ClassDef, body: Scope) -> set[str] | None:
    """The names an Enum's ``_ignore_`` lists (None: it lists them in a way not written out, or binds it other
    than by a plain assignment: ``_ignore_: list = [...]``, ``(_ignore_ := ...)``)."""
    found: set[str] = set()
    plain = 0
    for statement in node.body:
        if isinstance(statement, Assign) and any(isinstance(t, Name) and t.id == "_ignore_" for t in statement.targets):
            value = statement.value
            plain += 1
            if isinstance(value, Constant) and isinstance(value.value, str):
                found.update(value.value.replace(",", " ").split())
            elif isinstance(value, List | Tuple) and all(
                isinstance(e, Constant) and isinstance(e.value, str) for e in value.elts
            ):
                found.update(e.value for e in value.elts)  # type: ignore[attr-defined]
            else:
                return None
    if len(body.bindings.get("_ignore_", ())) > plain:
        return None
    return found
