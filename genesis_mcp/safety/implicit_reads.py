"""Attribute reads Python or a library makes by names the tool wrote somewhere else, noted (for finish.py)
before the rules that ask whether a method is ever read off a class (objects.own_object):

- ``case P(a)`` reads ``P.__match_args__[0]`` off the subject, and the subject may be a class (a
  runtime_checkable Protocol matches classes that have the attribute): the plain function, run with any self;
- a dataclass or NamedTuple field takes its default from the class attribute of its name, so a method of
  that name (its own or a base's) becomes the field's value, a plain function stored on every object.
"""

from __future__ import annotations

import ast

from genesis_mcp.safety.class_annotations import annotated_statements, class_body
from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.nodes import Assign, Attribute, ClassDef, Constant, List, Name, Tuple
from genesis_mcp.safety.scopes import Kind, Scope

__all__ = ["implicit_reads"]


def implicit_reads(ctx: Context) -> None:
    for tag, name, scope, node, _extra in list(ctx.uses):
        if tag is Tag.MATCH_CLASS:
            for attribute in _match_names(ctx, name, 0):
                ctx.attribute_loads.append((attribute, node, scope))  # read off the subject, a class maybe
    for class_scope in ctx.class_scopes:
        statement = class_scope.node
        if isinstance(statement, ClassDef) and _makes_fields(class_scope, statement):
            for field in _annotated(statement):
                ctx.attribute_loads.append((field, statement, class_scope))  # getattr(cls, field): the default


def _match_names(ctx: Context, name: str, depth: int) -> set[str]:
    """The names a class pattern of the tool's class ``name`` may read: what its (or a base's)
    ``__match_args__`` lists, or its fields; any name when that is not written out."""
    found: set[str] = set()
    if depth > 4:
        return {"*"}
    for scope in ctx.class_scopes:
        node = scope.node
        if not isinstance(node, ClassDef) or node.name != name:
            continue
        found |= _annotated(node)
        written = 0
        for statement in class_body(node):
            if isinstance(statement, Assign) and any(
                isinstance(t, Name) and t.id == "__match_args__" for t in statement.targets
            ):
                found |= _constant_names(statement.value)
                written += 1
        if len(scope.bindings.get("__match_args__", ())) > written:  # bound some other way: any name
            found.add("*")
        outer = scope.parent
        for base in node.bases:
            if isinstance(base, Name) and outer is not None and outer.resolve(base.id).only(Kind.CLASS):
                found |= _match_names(ctx, base.id, depth + 1)
    return found


def _constant_names(value: ast.expr) -> set[str]:
    if isinstance(value, Tuple | List) and all(
        isinstance(e, Constant) and isinstance(e.value, str) for e in value.elts
    ):
        return {e.value for e in value.elts}  # type: ignore[attr-defined]
    return {"*"}


def _annotated(node: ast.ClassDef) -> set[str]:
    return {s.target.id for s in annotated_statements(node) if isinstance(s.target, Name)}


def _makes_fields(scope: Scope, node: ast.ClassDef) -> bool:
    """Decorated (dataclass under any name) or deriving from NamedTuple: the check only adds reads."""
    return bool(node.decorator_list) or any(
        (isinstance(b, Name) and b.id == "NamedTuple") or (isinstance(b, Attribute) and b.attr == "NamedTuple")
        for b in node.bases
    )
