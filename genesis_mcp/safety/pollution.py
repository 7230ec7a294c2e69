"""Whether the tool may put something other than data into containers the caller's data may share.

A template that may come from the caller is filled only with data (``callers.py``), and what counts as data
includes the caller's own containers: that holds only while the tool stores nothing but data into them, or
into anything that may be them or hold them.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import receiver_root
from genesis_mcp.safety.caller_data import plain_data
from genesis_mcp.safety.context import Context
from genesis_mcp.safety.definitions import head_name
from genesis_mcp.safety.names import CONTAINER_MUTATORS, IN_PLACE_OPERATORS
from genesis_mcp.safety.nodes import BinOp, Call, Compare, Constant, JoinedStr, Name, UnaryOp, descendants
from genesis_mcp.safety.scopes import Kind, Scope, source_name, source_scopes

__all__ = ["polluted"]


def polluted(ctx: Context) -> bool:
    """The tool may put something other than data into a container a parameter holds (``values["r"] = obj``,
    ``row.update(r=obj)`` for ``row`` in ``rows``, an alias's ``x |= {...}``), or does it in ways the checker
    cannot follow (``operator.setitem``, ``methodcaller("append", obj)``, ``f = values.update``)."""
    if ctx.import_names & IN_PLACE_OPERATORS:
        return True
    direct = set()
    for container, values, scope in ctx.container_stores:
        direct.add(id(container))
        if values is not None and all(plain_data(ctx, v, scope, [], 0) for v in values):
            continue
        if _shared(ctx, container, scope):
            return True
    for name, base, scope in ctx.attribute_loads:
        if name in IN_PLACE_OPERATORS:
            return True
        if name in CONTAINER_MUTATORS and id(base) not in direct:  # taken as a value, or by methodcaller/getattr
            if isinstance(base, Call) and head_name(base.func) in ("methodcaller", "attrgetter"):
                return True
            if _shared(ctx, base, scope):
                return True
    return False


def _shared(ctx: Context, container: ast.AST, scope: Scope) -> bool:
    """A container that may be (part of) what the caller's data is: anything but a string, a display of
    literals, or a new container of the tool's own (``out = []``, ``defaultdict(int)``) stored into directly.
    An item of a new container may still be the caller's (``out["a"] = values; out["a"].append(obj)``), a
    constant table may be read as data later (``SHARED.append(obj)``), and an object or a call's result may
    hold the caller's container (``box = ident(values)``)."""
    pending = [(receiver_root(container), type(container) is Name, scope)]
    seen = set[tuple[str, int]]()
    while pending:
        name, direct, where = pending.pop()  # direct: the store goes into this very container, not an item
        if name is None:
            return True
        if (name, id(where)) in seen:
            continue
        if len(seen) > 16:
            return True  # too long a chain to follow: taken as shared
        seen.add((name, id(where)))
        bindings = ctx.resolve(where, name).bindings
        if not bindings:
            return True
        sources = source_scopes(where, name)  # what a binding was made from means what it meant there
        for binding in bindings:
            if binding.kind is Kind.CONST:
                continue
            if (binding.kind is Kind.OTHER and binding.target == "empty") or binding.kind is Kind.CONST_COLLECTION:
                # a new container of the tool's own (a literal one is data only while nothing changes it)
                if direct or not _aliasing_stores(ctx, name):
                    continue
                return True
            if binding.kind is Kind.INSTANCE and direct and all(_fresh_maker(ctx, s, binding.target) for s in sources):
                continue
            if binding.kind is Kind.OTHER and binding.target.startswith("display:"):  # box = [{"v": values}]
                if direct:
                    continue  # a display makes a new container: a store straight into it changes no caller's
                display = ctx.displays.get(int(binding.target[8:]))
                if display is None:
                    return True
                names = [n.id for n in descendants(display) if isinstance(n, Name)]
                pending.extend((n, False, s) for n in names for s in sources)
            elif binding.kind is Kind.NAMES:  # box = [values]
                pending.extend((n, False, s) for n in binding.target.split(",") for s in sources)
            elif binding.kind is Kind.DERIVED and binding.target.isidentifier():  # box = values: the same one
                pending.extend((binding.target, direct, s) for s in sources)
            elif binding.kind in (Kind.ITEM, Kind.DERIVED) and binding.target:
                pending.extend((source_name(binding.target), False, s) for s in sources)
            else:
                return True
    return False


_FRESH_MAKERS: Final = frozenset({"dict", "list", "set", "defaultdict", "Counter", "OrderedDict", "deque"})


def _fresh_maker(ctx: Context, scope: Scope, maker: str) -> bool:
    """``maker(...)`` makes a new container: the builtin, or the collections class, under its own name."""
    if maker not in _FRESH_MAKERS:
        return False
    resolution = ctx.resolve(scope, maker)
    if not resolution.bindings:
        return maker in ("dict", "list", "set")
    return resolution.imported() == [f"collections.{maker}"] and len(resolution.bindings) == 1


# Builtins whose result is never a container the caller gave.
_SCALAR_BUILTINS: Final = frozenset(
    {"len", "str", "repr", "int", "float", "bool", "round", "abs", "hash", "ord", "chr"}
)


def _aliasing_stores(ctx: Context, name: str) -> bool:
    """Something stored into the new container ``name`` may be a container of the caller's."""
    for container, values, scope in ctx.container_stores:
        if (
            type(container) is Name
            and container.id == name
            and (values is None or not all(_no_alias(ctx, v, scope) for v in values))
        ):
            return True
    return False


def _no_alias(ctx: Context, node: ast.AST, scope: Scope) -> bool:
    if isinstance(node, Constant | JoinedStr | Compare):
        return True
    if isinstance(node, BinOp):
        return _no_alias(ctx, node.left, scope) and _no_alias(ctx, node.right, scope)
    if isinstance(node, UnaryOp):
        return _no_alias(ctx, node.operand, scope)
    if isinstance(node, Call) and isinstance(node.func, Name):
        return node.func.id in _SCALAR_BUILTINS and not ctx.resolve(scope, node.func.id).bindings
    return False
