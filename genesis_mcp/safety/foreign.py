"""What comes from an allowed module: stores on such objects change them for every user of the module
(``json.JSONEncoder.encode = spy``), and their private attributes are not the tool's to read, whatever the
tool's own classes define.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.class_annotations import annotated_statements
from genesis_mcp.safety.context import Context
from genesis_mcp.safety.names import DANGEROUS_PRIVATE_NAMES, FIELD_ATTRIBUTES
from genesis_mcp.safety.nodes import Attribute, ClassDef, Name
from genesis_mcp.safety.objects import own_object
from genesis_mcp.safety.plain_classes import made_by_dataclass
from genesis_mcp.safety.scopes import Kind, Scope, source_name, source_scopes

__all__ = ["field_name_stores", "fields_renamed", "foreign_origin", "foreign_stores"]

_MADE_FROM: Final = frozenset({Kind.DERIVED, Kind.INSTANCE, Kind.ITEM})


def _on_dataclass_attribute(ctx: Context, node: ast.AST, root: str) -> bool:
    """``C.b.name = v`` with ``C`` a class dataclasses made: ``C.b`` may be a Field it left there."""
    value = getattr(node, "value", None)
    return isinstance(value, Attribute) and any(made_by_dataclass(s) for s in ctx.classes_named(root))


def foreign_stores(ctx: Context) -> None:
    """x.a = v where x comes from an allowed module (or is a dataclasses Field): it changes a shared object."""
    fields_used = "fields" in ctx.import_names or any(
        name == "fields" and isinstance(base, Name) for name, base, _scope in ctx.attribute_loads
    )
    for name, node, root, scope in ctx.foreign_stores:
        if id(node) in ctx.flagged:
            continue
        resolution = ctx.resolve(scope, root)
        origin = foreign_origin(ctx, scope, root, 0)
        if origin is None and any(b.target == "<fields>" for b in resolution.bindings):
            origin = "dataclasses"
        if origin is None and name in FIELD_ATTRIBUTES and (fields_used or _on_dataclass_attribute(ctx, node, root)):
            # a Field handed through a helper (pick(fields(C)).name = ...), or one dataclasses left on a class
            # (Holder.b.name = ...): dataclasses pastes names into code
            origin = "dataclasses"
        dangerous = root == "self" and name in DANGEROUS_PRIVATE_NAMES
        if (origin is None or origin == "decimal") and not dangerous:  # getcontext().prec = 28 is how Decimal
            continue  # is used
        # self is exempt only as a method's own object: a function's parameter spelled self, or a method read
        # off its class and given a Field or a catch_warnings, is whatever the caller passed
        if root == "self" and own_object(ctx, scope, "self"):
            continue
        if origin is not None and origin != "decimal":
            ctx.add("module-mutation", node, f"assigning {name!r} on an object from the module {origin!r} "
                    "changes it for every user of that module; keep state in objects of your own")  # fmt: skip
        else:
            ctx.add("private-attribute", node, f"{name!r} may be set only on a method's own object: library "
                    "objects keep their event loop, streams or modules under that name")  # fmt: skip


def field_name_stores(ctx: Context, stores: list[tuple[ast.AST, str | None, Scope]]) -> None:
    """``setattr(x, f.name, v)`` stores the name of some field: any name a class body annotates (a class
    constant of that name on x is shadowed). On a Field (``for f in fields(C)``) a field called ``name``
    renames it, and dataclasses pastes names into code: such stores count as stores on library objects."""
    annotated = sorted(
        {
            statement.target.id
            for scope in ctx.class_scopes
            if isinstance(scope.node, ClassDef)
            for statement in annotated_statements(scope.node)
            if isinstance(statement.target, Name)
        }
    )
    for node, root, scope in stores:
        own = root == "self" and own_object(ctx, scope, "self")
        for name in annotated:
            ctx.store_attribute(name, node)
            if root is not None and not own:
                ctx.foreign_stores.append((name, node, root, scope))


def fields_renamed(ctx: Context) -> bool:
    """Something may store ``name`` on a dataclasses Field: ``f.name`` may then be any string. A field-name
    store on a method's own object is none (a Field is never a method's own object)."""
    stored = ctx.stored_attributes.get("name")
    if not stored:
        return False
    own = {id(node) for node, root, scope in ctx.field_stores if root == "self" and own_object(ctx, scope, "self")}
    return bool(stored - own)


def foreign_origin(ctx: Context, scope: Scope, name: str, depth: int) -> str | None:
    """The module a name's value comes from (an import, or a value made from one), or None."""
    called = name.rstrip("+").endswith("()")
    name = source_name(name)  # "w.catch_warnings()": made by a method of w
    bindings = ctx.resolve(scope, name).bindings
    if called and bindings and all(b.kind is Kind.INSTANCE for b in bindings):
        return None  # queue.popleft(), d.get(k): an item of an object, not something of the module that made it
    for binding in bindings:
        if binding.kind is Kind.MODULE:
            return binding.target
        if binding.kind is Kind.IMPORTED:
            return binding.target.rpartition(".")[0]
        if depth < 4 and binding.kind in _MADE_FROM and binding.target and binding.target != name:
            for where in source_scopes(scope, name):  # the source means what it meant where the binding is
                found = foreign_origin(ctx, where, binding.target, depth + 1)
                if found is not None:
                    return found
    return None
