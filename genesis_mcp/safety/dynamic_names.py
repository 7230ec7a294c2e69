"""Attribute names given at run time: ``getattr``/``setattr``/``hasattr``/``delattr`` and
``operator.attrgetter``/``methodcaller``.

Each is judged like the ``obj.name`` it stands for (``attributes.attribute_name``), so the name must be a
constant, or one of the identifiers a loop takes from a display written in the tool (each judged in turn);
the only other run-time names allowed are ones that can only be public (``"visit_" + kind``, a field name
from ``dataclasses.fields``).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import (
    NOTABLE,
    attribute_name,
    computed_name,
    foreign_store,
    metaclass_name,
    receiver_root,
)
from genesis_mcp.safety.context import Chain, Context, Frame, Tag
from genesis_mcp.safety.foreign import field_name_stores
from genesis_mcp.safety.guards import guarded_reads
from genesis_mcp.safety.held_names import names_held
from genesis_mcp.safety.names import is_dunder
from genesis_mcp.safety.nodes import Add, Attribute, BinOp, Constant, JoinedStr, Name, Starred
from genesis_mcp.safety.scopes import Kind, Scope
from genesis_mcp.safety.strings import nfkc

__all__ = ["attribute_builtin", "attribute_callable", "prefix_sums", "table_names"]

_STORES: Final = ("setattr", "delattr")


def attribute_builtin(ctx: Context, name: str, call: ast.Call, scope: Scope, stack: list[Frame]) -> None:
    """``getattr(obj, "name")`` and friends: the same rules as ``obj.name``; the name must be constant."""
    args = call.args
    if len(args) < 2 or any(isinstance(a, Starred) for a in args[:2]):
        computed_name(ctx, call, f"{name}()")
        stack.extend((a, scope, 0) for a in args)
        return
    value = ctx.fold(args[1])
    if value is None:
        ctx.attribute_loads.append(("*", args[0], scope))  # reads some name off the receiver, a class maybe
        if name in _STORES and not isinstance(args[1], Name | Attribute):
            ctx.store_attribute("*", args[1])  # setattr(obj, "visit_" + k, v): any name with that prefix
            prefix = _name_prefix(ctx, args[1])
            if prefix:  # "thr" + k may be throw, which library code calls (handed_out.stored_as)
                ctx.store_attribute(nfkc(prefix) + "*", args[1])
        if isinstance(args[1], Name):  # for key in ("name", "age"): getattr(obj, key), judged after the walk
            ctx.table_names.append((name, args[1], args[0], scope))
        elif not _safe_dynamic_name(ctx, args[1], scope):
            computed_name(ctx, args[1], f"{name}()")
        elif name in _STORES and isinstance(args[1], Attribute):  # setattr(x, f.name, v)
            ctx.field_stores.append((args[1], receiver_root(args[0]), scope))
        stack.extend((a, scope, 0) for a in args)
        return
    store = name in _STORES
    receiver = args[0]
    _constant_name(ctx, scope, value, args[1], receiver, store)
    if isinstance(receiver, Name) and not is_dunder(receiver.id):
        chain = Chain([(nfkc(value), args[1])], store=store)
        ctx.uses.append((Tag.CHAIN, receiver.id, scope, receiver, chain))
    else:
        stack.append((receiver, scope, 0))
    stack.extend((a, scope, 0) for a in args[2:])


def _constant_name(ctx: Context, scope: Scope, value: str, node: ast.expr, receiver: ast.expr, store: bool) -> None:
    attribute_name(ctx, scope, value, node, store=store, receiver=receiver)
    metaclass_name(ctx, value, node)  # getattr(abc, "ABCMeta") as abc.ABCMeta
    root = receiver_root(receiver)
    if store:
        foreign_store(ctx, value, node, root, scope)  # setattr(json.JSONEncoder, ...), self too
    elif not store:
        ctx.attribute_loads.append((value, receiver, scope))  # getattr(Cls, "method"): read on what?


def table_names(ctx: Context) -> None:
    """``getattr(obj, key)`` where ``key`` only ever iterates over a display of identifiers written in the
    tool (``for key in ("name", "age")``, or over a table of them nothing changes): each identifier is judged
    as if written there. Run after the walk, before the other rules: bindings are known then, and what these
    names store or read is noted before the rules that read those notes."""
    if ctx.guards:  # what allow-list guards narrow, for the names given here only
        guarded_reads(ctx, {(id(scope), node.id) for _b, node, _r, scope in ctx.table_names})
    # First every name a setattr/delattr here may store: a class constant a table is read from must be one
    # nothing stores, whichever comes first in the file.
    field_stores: list[tuple[ast.AST, str | None, Scope]] = []
    for builtin, node, receiver, scope in ctx.table_names:
        if builtin in _STORES:
            stored = names_held(ctx, scope, node)
            if stored == []:  # past a guard on dataclass field names: some field's name
                field_stores.append((node, receiver_root(receiver), scope))
            for value in stored or ():
                ctx.store_attribute(value, node)
    if field_stores:
        ctx.field_stores += field_stores
        field_name_stores(ctx, field_stores)
    for builtin, node, receiver, scope in ctx.table_names:
        names = names_held(ctx, scope, node)
        if names is None:
            computed_name(ctx, node, f"{builtin}()")
            continue
        for value in names:
            _constant_name(ctx, scope, value, node, receiver, builtin in _STORES)
        if names and type(receiver) is Name and ctx.resolve(scope, receiver.id).only(Kind.MODULE):
            _module_lookup(ctx, builtin, receiver, node, scope, names)


def _module_lookup(
    ctx: Context, builtin: str, receiver: ast.Name, key: ast.Name, scope: Scope, names: list[str]
) -> None:
    """``getattr(math, key)`` with ``key`` one of ("sqrt", "floor"): the module is read as if ``math.sqrt`` and
    ``math.floor`` were written there, not used as a value (the walk recorded it as one, as for any object)."""
    uses = ctx.uses
    for at in range(len(uses) - 1, -1, -1):
        if uses[at][3] is receiver:
            break
    else:
        return
    if uses[at][0] is not Tag.VALUE:
        return
    store = builtin in _STORES
    chains = [(Tag.CHAIN, receiver.id, scope, receiver, Chain([(nfkc(v), key)], store=store)) for v in names]
    uses[at] = chains[0]
    uses += chains[1:]


def _safe_dynamic_name(ctx: Context, node: ast.expr, scope: Scope) -> bool:
    """Two run-time names that can only be public: ``"visit_" + kind`` (a constant prefix no special name
    starts with), and ``f.name`` for ``f`` in ``dataclasses.fields(...)`` (checked once bindings are known)."""
    if isinstance(node, BinOp) and isinstance(node.op, Add):
        ctx.prefix_sums.append(node)  # "visit_" + k: k's own __radd__ could return anything (finish checks)
    prefix = _name_prefix(ctx, node)
    if prefix is not None:
        return _safe_prefix(prefix)
    if isinstance(node, Attribute) and node.attr == "name" and isinstance(node.value, Name):
        ctx.uses.append((Tag.FIELD_NAME, node.value.id, scope, node, None))
        return True
    return False


def _name_prefix(ctx: Context, node: ast.expr) -> str | None:
    """The constant text a run-time name starts with: ``"visit_" + kind``, ``f"visit_{kind}"``."""
    prefix: object = None
    if isinstance(node, BinOp) and isinstance(node.op, Add):
        prefix = ctx.fold(node.left)
    elif isinstance(node, JoinedStr) and node.values and isinstance(node.values[0], Constant):
        prefix = node.values[0].value
    return prefix if isinstance(prefix, str) else None


def prefix_sums(ctx: Context) -> None:
    """``"visit_" + kind`` begins with the prefix unless ``kind`` is an object of the tool's with ``__radd__``
    (a str subclass's goes first), which may return any name."""
    if "__radd__" in ctx.functions or any("__radd__" in s.bindings for s in ctx.class_scopes):
        for node in ctx.prefix_sums:
            computed_name(ctx, node, "getattr()")


def _safe_prefix(prefix: str) -> bool:
    prefix = nfkc(prefix)
    return (
        len(prefix) > 1
        and prefix[0].isalpha()
        and prefix.isidentifier()
        and not any(special.startswith(prefix) for special in NOTABLE)
    )


def attribute_callable(ctx: Context, scope: Scope, qualname: str, call: ast.Call) -> None:
    """``operator.attrgetter("a.b")`` / ``methodcaller("m")``: constant, dotted names judged one by one."""
    names = call.args if qualname.endswith("attrgetter") else call.args[:1]
    if not names or any(isinstance(a, Starred) for a in names):
        computed_name(ctx, call, qualname)
        return
    for arg in names:
        value = ctx.fold(arg)
        if value is None:
            computed_name(ctx, arg, qualname)
            continue
        for part in value.split(".") if qualname.endswith("attrgetter") else [value]:
            attribute_name(ctx, scope, part, arg)
            ctx.attribute_loads.append((part, arg, scope))  # read on whatever it is given
