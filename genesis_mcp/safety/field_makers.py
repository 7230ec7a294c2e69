"""Calls that make classes with fields named by their arguments: ``namedtuple``/``NamedTuple``/``TypedDict``
(field names become attributes a class pattern reads), ``dataclass(...)`` outside a decorator (it turns
annotations into code it runs), and the functional API of the tool's own Enum classes.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import attribute_name
from genesis_mcp.safety.calls import special_call
from genesis_mcp.safety.context import Context
from genesis_mcp.safety.names import INTROSPECTION_ATTRIBUTES
from genesis_mcp.safety.nodes import Call, ClassDef, Dict, List, Starred, Tuple
from genesis_mcp.safety.scopes import Scope, enclosing_method

__all__ = ["enum_method_class", "field_maker", "made_name"]


def field_maker(ctx: Context, node: ast.Call, callee: str, scope: Scope) -> None:
    if callee in ctx.enum_classes or enum_method_class(ctx, callee, scope):
        unpacked = any(isinstance(a, Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
        if len(node.args) + len(node.keywords) > 1 or unpacked:  # Kind(*[name, members]) is two arguments
            special_call(ctx, node, "Enum")  # the functional API through the tool's own Enum class
    elif callee == "dataclass":
        if id(node) not in ctx.decorators:
            _dataclass_call(ctx, node)
    else:
        made_name(ctx, node, callee, scope)
        if callee in _TUPLE_MAKERS:
            _tuple_fields(ctx, node, scope)


def enum_method_class(ctx: Context, callee: str, scope: Scope) -> bool:
    """``cls(...)`` in a method of the tool's Enum class (or a comprehension in it): its first parameter, the
    class (or a subclass) in a classmethod, whose call with a name and members is the functional API, as
    ``Kind(...)`` is."""
    found = enclosing_method(scope)
    if found is None:
        return False
    method, method_scope = found
    outer = method_scope.parent
    return (
        outer is not None
        and isinstance(outer.node, ClassDef)
        and outer.node.name in ctx.enum_classes
        and bool(method.args.args)
        and method.args.args[0].arg == callee
    )


_TUPLE_MAKERS: Final = frozenset({"namedtuple", "NamedTuple", "TypedDict"})
_NAME_KEYWORDS: Final = ("name", "typename", "value")


def made_name(ctx: Context, node: ast.Call, callee: str, scope: Scope) -> None:
    """NewType("UserId", int), TypeVar("T"), namedtuple("Point", ...), Enum("Color", ...): the name becomes
    the made object's ``__name__``, which ``copy.copy`` of a method bound to it looks up as an attribute
    (``getattr(obj, name)``). It must be written out, and be a name a tool could give a function."""
    unpacked = any(isinstance(a, Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
    if unpacked:  # NewType(**{"name": n, "tp": int})
        ctx.add("computed-attribute-name", node, f"the arguments of {callee}() must be written out: its name "
                "becomes a __name__ that copy looks up as an attribute")  # fmt: skip
        return
    name = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg in _NAME_KEYWORDS), None)
    if name is None:
        return
    text = ctx.fold(name)
    if not isinstance(text, str) or isinstance(name, Starred):
        ctx.add("computed-attribute-name", name, f"the name given to {callee}() must be written out: it becomes a "
                "__name__ that copy looks up as an attribute")  # fmt: skip
    else:
        attribute_name(ctx, scope, text, name)


def _dataclass_call(ctx: Context, node: ast.Call) -> None:
    """dataclass(...)(cls) on a class made elsewhere turns whatever its annotations hold into code it runs."""
    ctx.add("class-machinery", node, "dataclass may only decorate a class statement: @dataclass or "
            "@dataclasses.dataclass(...)")  # fmt: skip


def _tuple_fields(ctx: Context, node: ast.Call, scope: Scope) -> None:
    """namedtuple/NamedTuple field names become attributes that ``case X(a, b)`` reads (__match_args__)."""
    if any(isinstance(a, Starred) for a in node.args):
        ctx.add("computed-attribute-name", node, "field names of a named tuple must be written out, not unpacked")
        return
    for keyword in node.keywords:  # NamedTuple("P", x=int) and namedtuple("P", field_names=[...])
        if keyword.arg is None:
            ctx.add("computed-attribute-name", keyword, "field names of a named tuple must be written out")
        elif keyword.arg in ("field_names", "fields"):
            _tuple_fields(ctx, Call(func=node.func, args=[node, keyword.value], keywords=[]), scope)
        elif keyword.arg not in ("rename", "defaults", "module") and (
            keyword.arg[:1] == "_" or keyword.arg in INTROSPECTION_ATTRIBUTES
        ):
            attribute_name(ctx, scope, keyword.arg, keyword)
    if len(node.args) < 2:
        return
    fields = node.args[1]
    text = ctx.fold(fields)
    items: list[tuple[str | None, ast.AST]]
    if isinstance(text, str):
        items = [(name, fields) for name in text.replace(",", " ").split()]
    elif isinstance(fields, Dict):  # TypedDict("T", {"a": int}): keys are the field names
        items = [(ctx.fold(k) if k is not None else None, k or fields) for k in fields.keys]
    elif isinstance(fields, List | Tuple):
        heads = [e.elts[0] if isinstance(e, Tuple) and e.elts else e for e in fields.elts]
        items = [(ctx.fold(head), head) for head in heads]
    else:
        items = [(None, fields)]
    for field, where in items:
        if not isinstance(field, str) or not field.isidentifier():
            ctx.add("computed-attribute-name", where, "field names must be constant identifiers")
        elif field[:1] == "_" or field in INTROSPECTION_ATTRIBUTES:
            attribute_name(ctx, scope, field, where)
