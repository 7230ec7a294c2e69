"""Which identifiers a name given to ``getattr``/``setattr`` may hold (``dynamic_names.table_names``): one a
loop takes from a display of identifiers written in the tool (``for key in ("name", "age")``, or over a table
of them nothing changes), from a class constant tuple read on a method's own object (``for f in
self.FIELDS``), or one an allow-list guard lets through (``if key not in FIELDS: raise ...``; guards.py)."""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.bindings import FIELD_NAME, identifiers
from genesis_mcp.safety.class_constants import class_constant
from genesis_mcp.safety.context import Context
from genesis_mcp.safety.foreign import fields_renamed
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.nodes import (
    Attribute,
    Call,
    ClassDef,
    DictComp,
    List,
    ListComp,
    Name,
    Set,
    SetComp,
    Subscript,
    Tuple,
)
from genesis_mcp.safety.plain_classes import builtin_class
from genesis_mcp.safety.scopes import Binding, Kind, Scope, defining_scope, library_name, source_scopes
from genesis_mcp.safety.template_sources import only_read, read_only_table

__all__ = ["names_held"]


def names_held(ctx: Context, scope: Scope, node: ast.Name) -> list[str] | None:
    """The identifiers ``node`` may hold where it is read, or None when it may hold anything else; [] past a
    guard on dataclass field names (some field's name)."""
    guard = ctx.guarded.get(id(node))
    names = _guarded(ctx, scope, node.id, *guard) if guard is not None else None
    return names if names is not None else _names_of(ctx, scope, node.id)


def _names_of(ctx: Context, scope: Scope, name: str) -> list[str] | None:
    """The identifiers a name may hold, or None when it may hold anything else."""
    resolution = ctx.resolve(scope, name)
    bindings = resolution.bindings
    if not bindings or resolution.may_be_builtin or is_dunder(name):  # a class body's load may find a global
        return None
    names: list[str] = []
    for binding in bindings:
        if binding.kind is Kind.CONST and binding.target:  # for key in ("name", "age")
            names += binding.target.split(",")
            continue
        if binding == FIELD_NAME:  # for k in asdict(x): a field name, judged where the class declares it,
            if fields_renamed(ctx) or len(bindings) > 1:  # so no list of names (a module lookup judges each)
                return None
            continue
        if binding.kind is Kind.OTHER and binding.target.startswith("class-table:"):  # for key in self.FIELDS
            found = _class_table(ctx, scope, name, binding.target[12:])
            if found is None:
                return None
            names += found
            continue
        if binding.kind is not Kind.ITEM or not binding.target.endswith(".#"):
            return None
        for where in source_scopes(scope, name):  # the loop's table means what it meant where the loop is
            tables = where.resolve(binding.target[:-2]).bindings  # for key in FIELDS
            if not tables or not all(map(_identifier_table, tables)):
                return None
            if not read_only_table(ctx, where, binding.target):  # FIELDS.append("__class__") somewhere
                return None
            for table in tables:
                names += _table_identifiers(table)
    return names


def _guarded(ctx: Context, scope: Scope, name: str, allowed: ast.expr, guarded_in: Scope) -> list[str] | None:
    """The identifiers an allow-list guard lets through (guards.py), while its conditions hold: the name is
    a local of the function the guard and the read are in, no nonlocal store reaches it, and no ``__eq__`` of
    the tool's could make its own string equal a listed one."""
    if guarded_in is not scope or not scope.function_like or defining_scope(scope, name) is not scope:
        return None
    if any(target is scope and bound == name for target, bound, _node in ctx.nonlocal_binds):
        return None
    if "__eq__" in ctx.functions or any("__eq__" in s.bindings or not _plain_bases(s) for s in ctx.class_scopes):
        return None  # class K(UserString, str) compares by a property of its own
    if isinstance(allowed, Tuple | List | Set):
        found = identifiers(ctx, allowed.elts)
        return found.split(",") if found else None
    if _field_names(ctx, scope, allowed):
        return []  # names of dataclass fields: judged where the class declares them (like getattr(x, f.name))
    if isinstance(allowed, Name):
        tables = scope.resolve(allowed.id).bindings
        if not tables or not all(map(_identifier_table, tables)):
            return None
        if not read_only_table(ctx, scope, allowed.id):
            return None
        return [n for table in tables for n in _table_identifiers(table)]
    if isinstance(allowed, Attribute) and isinstance(allowed.value, Name):
        holder, attr = allowed.value.id, allowed.attr
        return _constant_names(ctx, attr) if class_constant(ctx, scope, holder, attr, _identifier_tuple) else None
    return None


def _field_names(ctx: Context, scope: Scope, allowed: ast.expr) -> bool:
    """``{f.name for f in dataclasses.fields(x)}`` (a set, list or dict of them), written there or bound once
    to a name nothing but reads: the names of a dataclass's fields, while no Field is renamed."""
    if isinstance(allowed, Name):
        bindings = scope.resolve(allowed.id).bindings
        if len(bindings) != 1 or not bindings[0].target.startswith("display:") or not only_read(ctx, allowed.id):
            return False
        found = ctx.displays.get(int(bindings[0].target[8:]))
        if found is None:
            return False
        allowed = found
    if isinstance(allowed, DictComp):
        element: ast.expr = allowed.key
    elif isinstance(allowed, SetComp | ListComp):
        element = allowed.elt
    else:
        return False
    if len(allowed.generators) != 1 or fields_renamed(ctx):
        return False
    loop = allowed.generators[0]
    return (
        not loop.ifs
        and isinstance(loop.target, Name)
        and isinstance(element, Attribute)
        and element.attr == "name"
        and isinstance(element.value, Name)
        and element.value.id == loop.target.id
        and isinstance(loop.iter, Call)
        and library_name(loop.iter.func, scope) == "dataclasses.fields"
    )


_BUILTIN_BASES: Final = frozenset(
    {"object", "str", "int", "float", "bytes", "tuple", "list", "dict", "set", "frozenset"}
)
_LIBRARY_BASES: Final = frozenset(
    {"abc.ABC", "typing.Generic", "typing.Protocol", "typing.NamedTuple", "typing.TypedDict"}
    | {"enum.Enum", "enum.IntEnum", "enum.Flag", "enum.IntFlag", "enum.StrEnum"}
)


def _plain_bases(scope: Scope) -> bool:
    """A class statement's bases all compare as str, object or the tool's own classes do."""
    node, outer = scope.node, scope.parent
    if not isinstance(node, ClassDef) or outer is None:
        return False
    if node.decorator_list and any(isinstance(b, Name) and b.id == "str" for b in node.bases):
        return False  # @dataclass on a str subclass writes an __eq__ of its own
    for base in node.bases:
        head = base.value if isinstance(base, Subscript) else base
        if isinstance(head, Name):
            found = outer.resolve(head.id)
            if found.only(Kind.CLASS) or (not found.bindings and (head.id in _BUILTIN_BASES or builtin_class(head.id))):
                continue
        if library_name(head, outer) not in _LIBRARY_BASES:
            return False
    return True


def _class_table(ctx: Context, scope: Scope, name: str, path: str) -> list[str] | None:
    """``for key in self.FIELDS``: FIELDS is a class constant, a tuple of identifiers in every class that binds
    it (a tuple, as nothing tracks what a list or dict reached through an attribute goes through)."""
    holder, _, attr = path.partition(".")
    for where in source_scopes(scope, name):
        if not class_constant(ctx, where, holder, attr, _identifier_tuple):
            return None
    return _constant_names(ctx, attr)


def _constant_names(ctx: Context, attr: str) -> list[str]:
    """The identifiers of every class constant tuple named ``attr`` (checked with _identifier_tuple)."""
    return [n for s in ctx.class_scopes for b in s.bindings.get(attr, ()) for n in _table_identifiers(b)]


def _identifier_tuple(binding: Binding) -> bool:
    return binding.kind is Kind.CONST_COLLECTION and binding.target[:2] == "=("


def _identifier_table(binding: Binding) -> bool:
    """A display of identifiers: its binding's target is "=a,b" (a list, set or dict) or "=(a,b" (a tuple)."""
    return binding.kind is Kind.CONST_COLLECTION and binding.target[:1] == "="


def _table_identifiers(binding: Binding) -> list[str]:
    return binding.target[1:].lstrip("(").split(",")
