"""Whether the tool's own ``__eq__``/``__ne__`` methods keep to themselves what they are compared with.

A dict lookup or an ``in`` test calls the stored key's ``__eq__`` with the key looked up whenever the two
hashes match, and a tool chooses its keys' hashes: so ``table.get(type(x))`` hands ``type(x)`` (the
metaclass, when x is a class) to any ``__eq__`` of the tool's whose object is a key there. The lookup is
allowed only while every such method is *closed*: its other operand is only compared (``==``, ``!=``,
``is``) or given to ``isinstance``/``type``/``str``-like builtins, and so is any public attribute read off
it that no metaclass has. Reading is not enough: when x is an object, type(x) is the tool's own class, and
``other.amount`` its plain function, which ``other.amount(int)`` runs with int as self (red-team round 69).
A call with no arguments is fine where every method of the name needs its self (off a class it fails).
"""

from __future__ import annotations

import abc
import ast
import enum
import typing
from typing import Final

from genesis_mcp.safety.context import Context
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.nodes import (
    AsyncFunctionDef,
    Attribute,
    Call,
    Compare,
    Eq,
    Is,
    IsNot,
    List,
    Load,
    Name,
    NotEq,
    Tuple,
)
from genesis_mcp.safety.scopes import Kind

__all__ = ["open_equality"]


# Every attribute the metaclasses a tool can reach have besides dunders (mro, register, Enum's _create_...),
# looked up in this interpreter.
class _Dict(typing.TypedDict):
    key: int


_METACLASS_ATTRIBUTES: Final = frozenset(
    name
    for meta in (type, abc.ABCMeta, enum.EnumMeta, type(typing.Protocol), type(_Dict))
    for name in dir(meta)
    if not is_dunder(name)
)
# Builtins that only look at what they are given; every call of them is checked not to call a name of the
# tool's instead (class_rules._trusted_builtin).
_LOOKING: Final = frozenset({"isinstance", "type", "str", "repr"})
_SAFE_COMPARISONS: Final = (Eq, NotEq, Is, IsNot)
_EQUALITY: Final = ("__eq__", "__ne__")


def open_equality(ctx: Context) -> ast.AST | None:
    """The first ``__eq__``/``__ne__`` of the tool's classes that may keep or hand on its other operand, or
    None when all are closed."""
    for scope in ctx.class_scopes:
        for name in _EQUALITY:
            if any(b.kind is not Kind.DEF for b in scope.bindings.get(name, [])):
                return scope.node  # __eq__ = something: no telling what it does with its operand
    for name in _EQUALITY:
        for function, scope in ctx.functions.get(name, []):
            if scope.kind == "class" and not _closed(ctx, function):
                return function
    return None


def _closed(ctx: Context, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    args = function.args
    if function.decorator_list or isinstance(function, AsyncFunctionDef):
        return False
    if len(args.args) != 2 or args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg or args.defaults:
        return False
    other = args.args[1].arg
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, Call) and _needs_its_self(ctx, node, other):
            continue  # other._key(): on a class it fails for want of a self
        if isinstance(node, Compare) and all(isinstance(op, _SAFE_COMPARISONS) for op in node.ops):
            # other == x, other.__class__ is type(self), (self.a, self.b) == (other.a, other.b)
            _compared([node.left, *node.comparators], other, pending)
            continue
        for field, value in ast.iter_fields(node):
            for child in value if isinstance(value, list) else [value]:
                if not isinstance(child, ast.AST):
                    continue
                if _public_attribute(child, other) and _looks_only(node, field):
                    continue  # isinstance(other.amount, int), str(other.name)
                if isinstance(child, Name) and child.id == other:
                    if isinstance(child.ctx, Load) and not _looks_only(node, field):
                        return False
                else:
                    pending.append(child)
    return True


def _compared(operands: list[ast.expr], other: str, pending: list[ast.AST]) -> None:
    """Operands of ==/!=/is: ``other``, ``other.__class__`` and ``other.<public name>`` (inside tuples and
    lists too) are only compared; the rest is walked as usual."""
    for operand in operands:
        if isinstance(operand, Tuple | List):
            _compared(operand.elts, other, pending)
        elif not (_is_other(operand, other) or _public_attribute(operand, other)):
            pending.append(operand)


def _public_attribute(node: ast.AST, other: str) -> bool:
    """``other.amount``: on a class (type(x) looked up with x an object) it may be a function of the tool,
    fine only compared or looked at, never called or kept."""
    return (
        isinstance(node, Attribute)
        and isinstance(node.value, Name)
        and node.value.id == other
        and not is_dunder(node.attr)
        and node.attr not in _METACLASS_ATTRIBUTES
    )


def _needs_its_self(ctx: Context, call: ast.Call, other: str) -> bool:
    """``other.name()`` with no arguments, where every method of that name in the tool's classes is a plain
    def whose first parameter has no default: read off a class (type(x) looked up), the call has no self to
    run with and fails; with arguments (``other.amount(int)``) it would run with one of the caller's choosing.
    A name no class of the tool binds reaches a library class's own method, which runs as it would anyway."""
    if call.args or call.keywords or not _public_attribute(call.func, other):
        return False
    name = call.func.attr  # type: ignore[attr-defined]
    if any(b.kind is not Kind.DEF for s in ctx.class_scopes for b in s.bindings.get(name, ())):
        return False
    for function, scope in ctx.functions.get(name, []):
        positional = [*function.args.posonlyargs, *function.args.args]
        if scope.kind == "class" and (function.decorator_list or len(function.args.defaults) >= len(positional)):
            return False
    return True


def _is_other(node: ast.AST, other: str) -> bool:
    if isinstance(node, Attribute) and node.attr == "__class__":
        node = node.value
    return isinstance(node, Name) and node.id == other


def _looks_only(parent: ast.AST, field: str) -> bool:
    """The other operand, as the ``field`` of ``parent``, is only looked at (an attribute read off it is
    judged where it is used: _compared, _closed)."""
    func = parent.func if isinstance(parent, Call) and field == "args" else None
    return isinstance(func, Name) and func.id in _LOOKING
