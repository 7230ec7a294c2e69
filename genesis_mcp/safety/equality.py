"""Whether the tool's own ``__eq__``/``__ne__`` methods keep to themselves what they are compared with.

A dict lookup or an ``in`` test calls the stored key's ``__eq__`` with the key looked up whenever the two
hashes match, and a tool chooses its keys' hashes: so ``table.get(type(x))`` hands ``type(x)`` (the
metaclass, when x is a class) to any ``__eq__`` of the tool's whose object is a key there. The lookup is
allowed only while every such method is *closed*: its other operand is only compared (``==``, ``!=``,
``is``), given to ``isinstance``/``type``/``str``-like builtins, or read for an attribute no metaclass has
(``other.amount``: on a class that is an AttributeError, never a way in).
"""

from __future__ import annotations

import abc
import ast
import enum
import typing

from genesis_mcp.safety.context import Context
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.scopes import Kind

__all__ = ["open_equality"]

# Every attribute the metaclasses a tool can reach have besides dunders (mro, register, Enum's _create_...),
# looked up in this interpreter.
class _Dict(typing.TypedDict):
    key: int


_METACLASS_ATTRIBUTES = frozenset(
    name
    for meta in (type, abc.ABCMeta, enum.EnumMeta, type(typing.Protocol), type(_Dict))
    for name in dir(meta)
    if not is_dunder(name)
)
# Builtins that only look at what they are given; every call of them is checked not to call a name of the
# tool's instead (class_rules._trusted_builtin).
_LOOKING = frozenset({"isinstance", "type", "str", "repr"})
_SAFE_COMPARISONS = (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)
_EQUALITY = ("__eq__", "__ne__")


def open_equality(ctx: Context) -> ast.AST | None:
    """The first ``__eq__``/``__ne__`` of the tool's classes that may keep or hand on its other operand, or
    None when all are closed."""
    for scope in ctx.class_scopes:
        for name in _EQUALITY:
            if any(b.kind is not Kind.DEF for b in scope.bindings.get(name, [])):
                return scope.node  # __eq__ = something: no telling what it does with its operand
    for name in _EQUALITY:
        for function, scope in ctx.functions.get(name, []):
            if scope.kind == "class" and not _closed(function):
                return function
    return None


def _closed(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    args = function.args
    if function.decorator_list or isinstance(function, ast.AsyncFunctionDef):
        return False
    if len(args.args) != 2 or args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg or args.defaults:
        return False
    other = args.args[1].arg
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Compare) and all(isinstance(op, _SAFE_COMPARISONS) for op in node.ops):
            # other == x, other.__class__ is type(self): the class of a class is a metaclass, only compared here
            pending.extend(o for o in (node.left, *node.comparators) if not _is_other(o, other))
            continue
        for field, value in ast.iter_fields(node):
            for child in value if isinstance(value, list) else [value]:
                if not isinstance(child, ast.AST):
                    continue
                if isinstance(child, ast.Name) and child.id == other:
                    if isinstance(child.ctx, ast.Load) and not _looks_only(node, field):
                        return False
                else:
                    pending.append(child)
    return True


def _is_other(node: ast.AST, other: str) -> bool:
    if isinstance(node, ast.Attribute) and node.attr == "__class__":
        node = node.value
    return isinstance(node, ast.Name) and node.id == other


def _looks_only(parent: ast.AST, field: str) -> bool:
    """The other operand, as the ``field`` of ``parent``, is only looked at."""
    if isinstance(parent, ast.Attribute):
        return not is_dunder(parent.attr) and parent.attr not in _METACLASS_ATTRIBUTES
    func = parent.func if isinstance(parent, ast.Call) and field == "args" else None
    return isinstance(func, ast.Name) and func.id in _LOOKING
